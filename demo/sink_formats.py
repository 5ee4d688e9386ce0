"""What the demo sinks read from and answer to each provider's clients, as pure functions: the
text, links and buttons of a Slack / Teams / webhook / email message, and the answers Twilio's and
PagerDuty's APIs give (so the platform's real clients accept them)."""

from __future__ import annotations

import html
import json
import re
import secrets
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

URL_RE = re.compile(r"https?://[^\s\"'<>)\]]+")
_HREF_RE = re.compile(r"href=[\"']([^\"']+)[\"']", re.IGNORECASE)


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def email_text_and_links(msg: EmailMessage) -> tuple[str, bool, list[str]]:
    """(plain text, has an HTML part, every link of both parts)."""
    text_part = msg.get_body(preferencelist=("plain",))
    html_part = msg.get_body(preferencelist=("html",))
    text = text_part.get_content() if text_part is not None else ""
    html_body = html_part.get_content() if html_part is not None else ""
    if not text and html_body:
        text = html.unescape(re.sub(r"<[^>]+>", " ", html_body))
    links = unique(URL_RE.findall(text) + [html.unescape(u) for u in _HREF_RE.findall(html_body)])
    return text.strip(), bool(html_body), links


def slack_text_and_actions(payload: dict[str, Any]) -> tuple[str, list[str], list[dict[str, Any]]]:
    """A chat.postMessage / chat.update body → (text, links, buttons)."""
    lines = [str(payload.get("text") or "")]
    links: list[str] = []
    actions: list[dict[str, Any]] = []
    blocks = payload.get("blocks") or []
    if isinstance(blocks, str):
        try:
            blocks = json.loads(blocks)
        except json.JSONDecodeError:
            blocks = []
    for attachment in payload.get("attachments") or []:
        if isinstance(attachment, dict):
            blocks = blocks + list(attachment.get("blocks") or [])
            lines.append(str(attachment.get("text") or attachment.get("fallback") or ""))
    for block in blocks:
        if not isinstance(block, dict):
            continue
        if isinstance(block.get("text"), dict):
            lines.append(block["text"].get("text", ""))
        for f in block.get("fields") or []:
            if isinstance(f, dict):
                lines.append(f.get("text", ""))
        for el in block.get("elements") or []:
            if not isinstance(el, dict):
                continue
            if el.get("type") == "button":
                label = (
                    el.get("text", {}).get("text", "")
                    if isinstance(el.get("text"), dict)
                    else str(el.get("text"))
                )
                if el.get("url"):
                    links.append(el["url"])
                actions.append(
                    {
                        "action_id": el.get("action_id", ""),
                        "value": el.get("value", ""),
                        "text": label,
                        "url": el.get("url", ""),
                        "block_id": block.get("block_id", ""),
                        "style": el.get("style", ""),
                    }
                )
            elif isinstance(el.get("text"), str):
                lines.append(el["text"])
    text = "\n".join(line for line in lines if line).strip()
    links = unique(links + [u.split("|")[0] for u in URL_RE.findall(text)])
    return text, links, actions


def teams_text_and_links(payload: dict[str, Any]) -> tuple[str, str, list[str]]:
    """An incoming-webhook body (Adaptive Card or MessageCard) → (subject, text, links)."""
    lines: list[str] = []
    links: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "TextBlock" and node.get("text"):
                lines.append(str(node["text"]))
            if node.get("type") == "Action.OpenUrl" and node.get("url"):
                links.append(node["url"])
            for key in ("title", "text", "summary"):
                if key in node and isinstance(node[key], str) and node.get("type") in (None, "MessageCard"):
                    lines.append(node[key])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(payload)
    text = "\n".join(unique(lines))
    subject = lines[0] if lines else ""
    return subject, text, unique(links + URL_RE.findall(text))


def json_links(node: Any) -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        for value in node.values():
            out.extend(json_links(value))
    elif isinstance(node, list):
        for value in node:
            out.extend(json_links(value))
    elif isinstance(node, str) and node.startswith(("http://", "https://")):
        out.append(node)
    return out


SLACK_AUTH_TEST = {
    "ok": True,
    "url": "https://northwind.slack.com/",
    "team": "Northwind",
    "user": "crisisops",
    "team_id": "T0DEMO",
    "user_id": "U0BOT",
    "bot_id": "B0BOT",
}


def twilio_error(code: int, message: str, status: int) -> dict[str, Any]:
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def twilio_message(*, account_sid: str, form: dict[str, str]) -> dict[str, Any]:
    """The Message resource Twilio answers a `Messages.json` create with (status "queued")."""
    sid = "SM" + secrets.token_hex(16)
    now = datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    return {
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "body": form.get("Body", ""),
        "date_created": now,
        "date_sent": None,
        "date_updated": now,
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": form.get("From"),
        "messaging_service_sid": form.get("MessagingServiceSid"),
        "num_media": "0",
        "num_segments": "1",
        "price": None,
        "price_unit": "USD",
        "sid": sid,
        "status": "queued",
        "subresource_uris": {"media": f"/2010-04-01/Accounts/{account_sid}/Messages/{sid}/Media.json"},
        "to": form.get("To"),
        "uri": f"/2010-04-01/Accounts/{account_sid}/Messages/{sid}.json",
    }


def pagerduty_errors(data: dict[str, Any]) -> list[str]:
    """Why PagerDuty's Events API v2 would refuse this event (empty when it accepts it)."""
    errors = []
    if not data.get("routing_key"):
        errors.append("'routing_key' is missing or blank")
    action = data.get("event_action")
    if action not in ("trigger", "acknowledge", "resolve"):
        errors.append("'event_action' is invalid")
    payload = data.get("payload") or {}
    if action == "trigger":
        for key in ("summary", "source", "severity"):
            if not payload.get(key):
                errors.append(f"'payload.{key}' is missing or blank")
    if action in ("acknowledge", "resolve") and not data.get("dedup_key"):
        errors.append("'dedup_key' is missing or blank")
    return errors
