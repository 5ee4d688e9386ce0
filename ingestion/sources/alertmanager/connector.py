"""Prometheus Alertmanager webhook receiver (payload version 4).

One notification carries a group of alerts; each alert becomes one RawEvent keyed by
`fingerprint:startsAt:status`, so Alertmanager's repeat notifications (same alert, same state)
are stored once, while the same alert resolving, or firing again later, is a new event.
Each stored payload keeps the alert with its group context (receiver, externalURL, groupKey,
common labels/annotations), so it parses alone.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import urljoin, urlsplit

from ingestion.models import Platform, SourceKind
from ingestion.sanitize import http_url
from ingestion.sources import register
from ingestion.sources.base import Connector, NormalizedEvent, ParseError
from ingestion.sources.common import RECEIVED_AT, aware, clip, content_id, severity_hint, stamp_received

SUPPORTED_VERSIONS = {"4"}
ZERO_TIME = "0001-01-01T00:00:00Z"
GROUP_KEYS = (
    "receiver",
    "status",
    "externalURL",
    "groupKey",
    "groupLabels",
    "commonLabels",
    "commonAnnotations",
)


def _fingerprint(labels: dict[str, Any]) -> str:
    """Stand-in for Alertmanager's label fingerprint when a sender omits it (16 hex digits)."""
    return hashlib.sha256(json.dumps(labels, sort_keys=True).encode()).hexdigest()[:16]


def _alert_url(generator_url: Any, external_url: Any) -> str:
    """The alert's link: its generatorURL, joined with the Alertmanager's externalURL when it is
    relative (Prometheus without --web.external-url sends "/graph?g0.expr=..."); http(s) only."""
    generator = str(generator_url or "").strip()
    external = str(external_url or "").strip()
    if generator and not urlsplit(generator).scheme and external:
        generator = urljoin(external.rstrip("/") + "/", generator.lstrip("/"))
    return http_url(generator) or http_url(external)


@register
class AlertmanagerConnector(Connector):
    kind = SourceKind.ALERTMANAGER
    platform = Platform.ALERTS
    is_poller = False

    def split(self, body: Any) -> list[dict[str, Any]]:
        if not isinstance(body, dict):
            raise ParseError("Alertmanager webhook body must be a JSON object")
        version = str(body.get("version") or "4")
        if version not in SUPPORTED_VERSIONS:
            raise ParseError(f"unsupported Alertmanager webhook version {version!r} (expected 4)")
        alerts = body.get("alerts")
        if not isinstance(alerts, list):
            raise ParseError("'alerts' must be a list")
        group = {k: body.get(k) for k in GROUP_KEYS if k in body}
        payloads = []
        for number, alert in enumerate(alerts):
            if not isinstance(alert, dict):
                raise ParseError(f"alerts[{number}] is not an object")
            if not isinstance(alert.get("labels"), dict) or not alert["labels"]:
                raise ParseError(f"alerts[{number}] has no labels")
            if not alert.get("startsAt"):
                raise ParseError(f"alerts[{number}] has no startsAt")
            aware(alert["startsAt"], field=f"alerts[{number}].startsAt")
            if alert.get("status") not in ("firing", "resolved"):
                raise ParseError(f"alerts[{number}].status must be 'firing' or 'resolved'")
            payloads.append(stamp_received({"version": version, "group": group, "alert": alert}))
        return payloads

    def external_id(self, payload: dict[str, Any]) -> str:
        alert = payload.get("alert") if isinstance(payload, dict) else None
        if not isinstance(alert, dict):
            return "sha256:" + content_id(payload)
        fingerprint = alert.get("fingerprint") or _fingerprint(alert.get("labels") or {})
        return f"{fingerprint}:{alert.get('startsAt', '')}:{alert.get('status', '')}"[:255]

    def parse(self, payload: dict[str, Any]) -> NormalizedEvent:
        alert = payload.get("alert") if isinstance(payload, dict) else None
        if not isinstance(alert, dict):
            raise ParseError("Alertmanager payload has no alert object")
        group = payload.get("group") or {}
        labels = alert.get("labels") or {}
        annotations = {**(group.get("commonAnnotations") or {}), **(alert.get("annotations") or {})}
        name = str(labels.get("alertname") or "")
        if not name:
            raise ParseError("alert has no alertname label")
        status = str(alert.get("status") or "")
        summary = str(annotations.get("summary") or annotations.get("message") or "")
        description = str(annotations.get("description") or "")
        ends = alert.get("endsAt")
        if status == "resolved" and ends and not str(ends).startswith("0001-01-01"):
            occurred_at = aware(ends, field="endsAt")
        else:
            occurred_at = aware(alert.get("startsAt") or payload.get(RECEIVED_AT), field="startsAt")
        severity = str(labels.get("severity") or "").lower()
        service = str(labels.get("service") or labels.get("job") or labels.get("namespace") or "")
        body_lines = [f"{name}: {summary}" if summary else name]
        if description:
            body_lines.append(description)
        if status == "resolved":
            body_lines.insert(0, "RESOLVED")
        return NormalizedEvent(
            external_id=self.external_id(payload),
            platform=Platform.ALERTS,
            title=clip(f"[{status.upper()}] {name}" + (f" — {summary}" if summary else ""), 500),
            text="\n".join(body_lines),
            occurred_at=occurred_at,
            url=_alert_url(alert.get("generatorURL"), group.get("externalURL")),
            author_id=service,
            author_name=service,
            extra={
                "alert_status": status,
                "is_resolved": status == "resolved",
                "alertname": name,
                "severity": severity,
                "severity_hint": severity_hint(severity),
                "fingerprint": str(alert.get("fingerprint") or ""),
                "labels": labels,
                "runbook_url": str(annotations.get("runbook_url") or ""),
                "receiver": str(group.get("receiver") or ""),
                "group_key": str(group.get("groupKey") or ""),
                "starts_at": str(alert.get("startsAt") or ""),
                "ends_at": str(ends or ""),
            },
        )
