"""Render scenario items as the request bodies the push sources send (pure Python, no Django):
the generic events API, Splunk HEC, Alertmanager, PagerDuty Events v2 and Zendesk webhooks (with
their signature). The polled sources' formats are `demo.wire`, whose ids and timestamps these share.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import datetime
from typing import Any

from demo.scenario import ScenarioItem
from demo.wire import iso_ms, iso_s, uid, uuid_like, zendesk_ticket


def generic_event(item: ScenarioItem, at: datetime) -> dict[str, Any]:
    author = item.author
    return {
        "id": f"review-{uid(item)}",
        "text": item.text,
        "title": item.title,
        "url": f"https://apps.example/northwind-bank/reviews/{uid(item)}",
        "occurred_at": iso_ms(at),
        "platform": "other",
        "language": "en",
        "author": {"id": author.id, "name": author.handle, "followers": author.followers} if author else {},
        "attributes": {"origin": item.attrs.get("origin", "demo")},
    }


def splunk_event(item: ScenarioItem, at: datetime) -> dict[str, Any]:
    service = item.attrs.get("service", "app")
    return {
        "time": round(at.timestamp(), 3),
        "host": f"{service}-01.northwind-prod",
        "source": f"/var/log/{service}/{service}.log",
        "sourcetype": "_json",
        "index": "main",
        "event": {
            "message": item.text,
            "level": item.attrs.get("level", "INFO"),
            "service": service,
            "event_id": f"splunk-{uid(item)}",
        },
    }


def splunk_body(events: list[dict[str, Any]]) -> bytes:
    """HEC accepts several JSON objects concatenated in one body."""
    return "".join(json.dumps(e, separators=(",", ":")) for e in events).encode()


def alertmanager_body(item: ScenarioItem, at: datetime, *, started_at: datetime) -> dict[str, Any]:
    a = item.attrs
    labels = {
        "alertname": a["alertname"],
        "severity": a["severity"],
        "service": a["service"],
        "cluster": "northwind-prod",
        "team": "security" if a["service"] in ("auth-service", "card-vault") else "card-platform",
    }
    resolved = a["status"] == "resolved"
    fingerprint = hashlib.sha256(f"{a['alertname']}-{item.run}".encode()).hexdigest()[:16]
    alert = {
        "status": a["status"],
        "labels": labels,
        "annotations": {"summary": item.text, "description": f"{item.text} (cluster northwind-prod)"},
        "startsAt": iso_ms(started_at),
        "endsAt": iso_ms(at) if resolved else "0001-01-01T00:00:00Z",
        "generatorURL": f"http://prometheus.northwind-prod:9090/graph?g0.expr={a['alertname']}",
        "fingerprint": fingerprint,
    }
    return {
        "receiver": "crisisops",
        "status": a["status"],
        "alerts": [alert],
        "groupLabels": {"alertname": a["alertname"]},
        "commonLabels": labels,
        "commonAnnotations": alert["annotations"],
        "externalURL": "http://alertmanager.northwind-prod:9093",
        "version": "4",
        "groupKey": f'{{}}:{{alertname="{a["alertname"]}"}}',
        "truncatedAlerts": 0,
    }


def pagerduty_event(item: ScenarioItem, at: datetime, *, routing_key: str) -> dict[str, Any]:
    a = item.attrs
    dedup_key = f"{a['dedup_key']}-{item.run}" if item.run else a["dedup_key"]
    if a["action"] != "trigger":
        return {"routing_key": routing_key, "event_action": a["action"], "dedup_key": dedup_key}
    return {
        "routing_key": routing_key,
        "event_action": "trigger",
        "dedup_key": dedup_key,
        "payload": {
            "summary": item.text,
            "source": f"{a['source']}.northwind-prod",
            "severity": a["severity"],
            "timestamp": iso_ms(at),
            "component": a["source"],
            "group": a["group"],
            "class": "security" if a["group"] == "security" else "availability",
            "custom_details": {"cluster": "northwind-prod"},
        },
        "client": "Northwind monitoring",
        "client_url": "https://monitoring.northwind-prod.example/",
    }


# --- Zendesk webhooks -------------------------------------------------------------------------
def zendesk_webhook_event(item: ScenarioItem, at: datetime) -> dict[str, Any]:
    """A Zendesk event-subscribed webhook body (`zen:event-type:ticket.created`)."""
    ticket = zendesk_ticket(item, at)
    detail = {
        key: ticket[key]
        for key in (
            "assignee_id",
            "brand_id",
            "created_at",
            "description",
            "external_id",
            "group_id",
            "id",
            "is_public",
            "organization_id",
            "requester_id",
            "subject",
            "submitter_id",
            "tags",
            "updated_at",
            "via",
        )
    }
    detail.update(
        id=str(ticket["id"]),
        priority=ticket["priority"].upper(),
        status="NEW",
        type=ticket["type"].upper(),
        actor_id=str(ticket["requester_id"]),
    )
    return {
        "account_id": 22_129_848,
        "detail": detail,
        "event": {},
        "id": uuid_like(f"zen-{uid(item)}"),
        "subject": f"zen:ticket:{ticket['id']}",
        "time": iso_s(at),
        "type": "zen:event-type:ticket.created",
        "zendesk_event_version": "2022-11-06",
    }


def zendesk_signature(secret: str, timestamp: str, body: bytes) -> str:
    """Zendesk's webhook signature: base64(HMAC-SHA256(secret, timestamp + body))."""
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()
