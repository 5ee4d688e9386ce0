"""Command-center websocket: one per browser tab, joined to its tenant's group.

Anonymous sockets and sockets on an unknown host are refused (close 4401); the Origin is checked
by AllowedHostsOriginValidator in config/asgi.py.

Two wire formats:
- `?render=html` (the dashboard pages, htmx ws extension): every broadcast is rendered on the
  server into hx-swap-oob fragments from the pages' own template partials, for this tab's page,
  filters and role (a viewer's fragments carry no action buttons).
- default: the broadcast as JSON `{"kind", "payload"}` (scripts, tests, other clients).

Client messages: `{"action": "filter", ...}` (feed filters; a read, allowed for every role) and
actions (`ping`, `alert_acknowledge`), which need the crisis_manager role.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django_tenants.utils import schema_context

from classification.models import Classification, ReviewItem
from command_center.selectors.alerts import alert_get, alert_notifications, alert_rows
from command_center.selectors.counters import counters
from command_center.selectors.crises import crisis_card, crisis_cards
from command_center.selectors.feed import FeedFilters, event_get, feed_events
from command_center.selectors.review import review_pending_count
from command_center.views._common import error_text
from command_center.views.crisis_detail import score_chart
from command_center.views.review import review_context
from crisis.models import Crisis, TimelineEntry
from escalation import services as escalation_services
from escalation.models import Alert, Notification
from response.selectors import manual_queue, plan_panel
from tenants.context_processors import role_context
from tenants.realtime import tenant_group_name
from tenants.roles import CRISIS_MANAGER, has_role

logger = logging.getLogger(__name__)

READ_ACTIONS = {"filter"}
PAGES = {"command_center", "crisis", "alerts", "review"}


def _pid(payload: dict[str, Any], *keys: str) -> int | None:
    for key in keys:
        value = payload.get(key)
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            return int(value)
    return None


class FragmentRenderer:
    """Renders the hx-swap-oob fragments one broadcast means for one tab. Runs in a thread."""

    def __init__(self, *, schema: str, user, page: str, crisis_id: int | None, filters: FeedFilters) -> None:
        self.schema = schema
        self.user = user
        self.page = page
        self.crisis_id = crisis_id
        self.filters = filters

    def _ctx(self, **extra: Any) -> dict[str, Any]:
        return {"user": self.user, **role_context(self.user), **extra}

    def _render(self, name: str, **extra: Any) -> str:
        return render_to_string(name, self._ctx(**extra))

    @staticmethod
    def _oob(swap: str, inner: str) -> str:
        return f'<div hx-swap-oob="{swap}">{inner}</div>'

    def render(self, kind: str, payload: dict[str, Any]) -> str:
        with schema_context(self.schema):
            handler = getattr(self, f"_on_{kind}", None)
            parts = handler(payload) if handler else []
        return "".join(p for p in parts if p)

    # --- pieces shared by several kinds ---------------------------------------------------------

    def _counters(self) -> str:
        if self.page != "command_center":
            return ""
        return self._render("command_center/command_center.html#counters", counters=counters())

    def _crises(self) -> str:
        if self.page != "command_center":
            return ""
        return self._render("command_center/command_center.html#crises", cards=crisis_cards())

    def _crisis_header(self, crisis_id: int | None) -> list[str]:
        if self.page != "crisis" or crisis_id is None or crisis_id != self.crisis_id:
            return []
        crisis = Crisis.objects.select_related("owner", "resolved_by").filter(pk=crisis_id).first()
        if crisis is None:
            return []
        chart = score_chart(crisis=crisis)
        return [
            self._render(
                "command_center/crisis_detail.html#header", crisis=crisis, card=crisis_card(crisis=crisis)
            ),
            f'<div id="score-chart-{crisis.pk}" class="chart-box" hx-swap-oob="true">{chart}</div>',
        ]

    def _event_row(self, event) -> str:
        return self._render("command_center/command_center.html#event_row", event=event)

    # --- one handler per broadcast kind ---------------------------------------------------------

    def _on_event(self, payload: dict[str, Any]) -> list[str]:
        if self.page != "command_center":
            return []
        event = event_get(event_id=_pid(payload, "event_id", "id"))
        parts = [self._counters()]
        if event is not None and payload.get("update") == "duplicates":
            # A canonical event grew (retweets, cross-posts): update its row in place.
            parts.append(self._event_row(event).replace(" id=", ' hx-swap-oob="true" id=', 1))
        elif event is not None and event.canonical_id is None and self.filters.matches(event):
            parts += [
                '<p id="feed-empty" hx-swap-oob="delete"></p>',
                self._oob("afterbegin:#feed", self._event_row(event)),
            ]
        elif event is not None and event.canonical_id is not None:
            canonical = event_get(event_id=event.canonical_id)
            if canonical is not None:
                parts.append(self._event_row(canonical).replace(" id=", ' hx-swap-oob="true" id=', 1))
        return parts

    def _on_classification(self, payload: dict[str, Any]) -> list[str]:
        if self.page != "command_center":
            return []
        event_id = _pid(payload, "event_id")
        if event_id is None:
            cid = _pid(payload, "classification_id", "id")
            if cid is None:
                return []
            event_id = Classification.objects.filter(pk=cid).values_list("event_id", flat=True).first()
        event = event_get(event_id=event_id)
        if event is None:
            return []
        if self.filters.matches(event):
            return [
                '<p id="feed-empty" hx-swap-oob="delete"></p>',
                self._oob("afterbegin:#feed", self._event_row(event)),
            ]
        return [f'<article id="event-{event.pk}" hx-swap-oob="delete"></article>']

    def _on_crisis(self, payload: dict[str, Any]) -> list[str]:
        return [self._crises(), self._counters(), *self._crisis_header(_pid(payload, "crisis_id", "id"))]

    def _on_timeline(self, payload: dict[str, Any]) -> list[str]:
        crisis_id = _pid(payload, "crisis_id")
        if self.page != "crisis" or crisis_id != self.crisis_id:
            return []
        entry_id = _pid(payload, "entry_id", "id")
        if entry_id is None:
            return []
        entry = TimelineEntry.objects.filter(pk=entry_id).first()
        if entry is None:
            return []
        row = self._render("command_center/crisis_detail.html#timeline_entry", entry=entry)
        return [self._oob(f"beforeend:#timeline-{crisis_id}", row), *self._crisis_header(crisis_id)]

    def _on_alert(self, payload: dict[str, Any]) -> list[str]:
        alert = alert_get(alert_id=_pid(payload, "alert_id", "id"))
        parts = [self._crises(), self._counters()]
        if alert is None:
            return parts
        if self.page == "alerts":
            (row,) = alert_rows(alerts=Alert.objects.filter(pk=alert.pk))
            html = self._render("command_center/alerts.html#alert_row", row=row)
            parts += [
                '<p id="alerts-empty" hx-swap-oob="delete"></p>',
                self._oob("afterbegin:#alert-list", html),
            ]
        crisis_id = alert.crisis_id
        parts += self._crisis_header(crisis_id)
        if self.page == "crisis" and crisis_id == self.crisis_id:
            parts.append(self._notifications(alert))
        return parts

    def _notifications(self, alert: Alert) -> str:
        html = self._render(
            "command_center/alerts.html#notifications",
            alert=alert,
            notifications=alert_notifications(alert=alert),
        )
        return html.replace(" id=", ' hx-swap-oob="true" id=', 1)

    def _on_plan(self, payload: dict[str, Any]) -> list[str]:
        """A response plan changed: its panel on its crisis page; the cards (progress) and the
        manual planning queue on the command center."""
        crisis_id = _pid(payload, "crisis_id")
        if self.page == "command_center":
            return [
                self._crises(),
                self._render(
                    "command_center/command_center.html#manual_queue", manual_plans=manual_queue()
                ).replace(" id=", ' hx-swap-oob="true" id=', 1),
            ]
        if self.page != "crisis" or crisis_id is None or crisis_id != self.crisis_id:
            return []
        crisis = Crisis.objects.filter(pk=crisis_id).first()
        if crisis is None:
            return []
        return [
            self._render(
                "command_center/_plan.html", crisis=crisis, panel=plan_panel(crisis=crisis), oob=True
            )
        ]

    def _on_notification(self, payload: dict[str, Any]) -> list[str]:
        alert_id = _pid(payload, "alert_id")
        if alert_id is None and payload.get("message") and self.page == "command_center":
            # A system notice (e.g. a source failing permanently) for whoever is watching.
            return [
                self._oob("afterbegin:#notices", self._render("command_center/_notice.html", notice=payload))
            ]
        if self.page not in ("alerts", "crisis"):
            return []
        if alert_id is None:
            nid = _pid(payload, "notification_id", "id")
            if nid is None:
                return []
            alert_id = Notification.objects.filter(pk=nid).values_list("alert_id", flat=True).first()
        alert = alert_get(alert_id=alert_id)
        if alert is None:
            return []
        if self.page == "crisis" and alert.crisis_id != self.crisis_id:
            return []
        return [self._notifications(alert)]

    def _on_review(self, payload: dict[str, Any]) -> list[str]:
        if self.page == "command_center":
            return [self._counters()]
        if self.page != "review":
            return []
        item_id = _pid(payload, "review_item_id", "item_id", "id")
        item = (
            ReviewItem.objects.select_related("classification__event__source").filter(pk=item_id).first()
            if item_id is not None
            else None
        )
        count = f'<p class="count" id="review-count" hx-swap-oob="true"><strong>{review_pending_count()}</strong> waiting</p>'
        if item is None:
            return [count]
        if item.status != ReviewItem.Status.PENDING:
            return [count, f'<article id="review-{item.pk}" hx-swap-oob="delete"></article>']
        ctx = review_context()
        row = self._render(
            "command_center/review.html#review_item",
            item=item,
            severities=ctx["severities"],
            categories=ctx["categories"],
        )
        return [
            count,
            '<p id="review-empty" hx-swap-oob="delete"></p>',
            self._oob("beforeend:#review-list", row),
        ]

    # --- client messages ------------------------------------------------------------------------

    def feed(self) -> str:
        with schema_context(self.schema):
            events = feed_events(filters=self.filters)
            return self._render(
                "command_center/command_center.html#feed", events=events, filters=self.filters
            )


class CommandCenterConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        tenant: Any = self.scope.get("tenant")
        user = self.scope.get("user")
        if tenant is None or user is None or not user.is_authenticated:
            await self.close(code=4401)
            return
        query = parse_qs(self.scope.get("query_string", b"").decode("latin1"))
        self.html = query.get("render", [""])[0] == "html"
        page = query.get("page", ["command_center"])[0]
        crisis = query.get("crisis", [""])[0]
        self.renderer = FragmentRenderer(
            schema=tenant.schema_name,
            user=user,
            page=page if page in PAGES else "command_center",
            crisis_id=int(crisis) if crisis.isdigit() else None,
            filters=FeedFilters.from_mapping(query),
        )
        self.group = tenant_group_name(tenant.schema_name)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        if getattr(self, "group", None):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def _error(self, text: str) -> None:
        if self.html:
            await self.send(
                text_data=f'<p id="live-error" class="live-error" role="alert" hx-swap-oob="true">{text}</p>'
            )
        else:
            await self.send_json({"kind": "error", "error": text})

    async def receive_json(self, content, **kwargs):
        action = content.get("action") if isinstance(content, dict) else None
        if action in READ_ACTIONS:
            self.renderer.filters = FeedFilters.from_mapping(content)
            if self.html:
                await self.send(text_data=await database_sync_to_async(self.renderer.feed)())
            return
        # Actions over the socket are for crisis managers and admins only; viewers read.
        user: Any = self.scope["user"]  # connect() let only an authenticated account in
        if not has_role(user, CRISIS_MANAGER):
            await self._error("forbidden: your role is read-only")
            return
        if action == "ping":
            await self.send_json({"kind": "pong"})
            return
        if action == "alert_acknowledge":
            result = await database_sync_to_async(self._acknowledge)(_pid(content, "alert_id"))
            await self.send_json({"kind": "result", "action": action, **result})
            return
        await self._error(f"unknown action {action!r}")

    def _acknowledge(self, alert_id: int | None) -> dict[str, Any]:
        with schema_context(self.renderer.schema):
            alert = alert_get(alert_id=alert_id)
            if alert is None:
                return {"ok": False, "error": "no such alert"}
            user: Any = self.scope["user"]
            try:
                escalation_services.alert_acknowledge(alert=alert, by_user=user, via="web", actor=user.email)
            except (ValidationError, ValueError) as exc:  # a refused ACK is an answer, not a crash
                return {"ok": False, "error": error_text(exc)}
            return {"ok": True, "alert_id": alert.pk}

    async def tenant_update(self, message):
        if not self.html:
            await self.send_json({"kind": message["kind"], "payload": message["payload"]})
            return
        try:
            html = await database_sync_to_async(self.renderer.render)(
                message["kind"], message.get("payload") or {}
            )
        except Exception:
            logger.exception("rendering %s fragment failed", message["kind"])
            return
        if html:
            await self.send(text_data=html)
