"""Slack: `chat.postMessage` through slack-sdk's WebClient, Block Kit with Acknowledge / Not a
crisis / Resolve buttons. The message goes to the recipient's Slack user id (a DM) or the
configured channel; updates and the resolved message reply in the thread of the person's first
message about the incident (`thread_ts`).

Config: `base_url` (default https://slack.com/api/), `channel` (fallback channel id).
Credentials: `bot_token` (xoxb-…), `signing_secret` (verifies the interaction callback).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from escalation.transports.base import (
    DeliveryResult,
    PermanentError,
    SendContext,
    TransientError,
    Transport,
    alert_context,
)
from escalation.transports.slack.blocks import alert_blocks, update_blocks

if TYPE_CHECKING:
    from escalation.models import Alert, ChannelConfig, Stakeholder

# Slack `error` codes that mean the workspace installation is gone: disable the tenant channel.
TENANT_ERRORS = {
    "invalid_auth",
    "not_authed",
    "account_inactive",
    "token_revoked",
    "token_expired",
    "no_permission",
    "missing_scope",
    "org_login_required",
    "team_access_not_granted",
}
# Errors about this one destination: disable Slack for the recipient only.
RECIPIENT_ERRORS = {"channel_not_found", "user_not_found", "is_archived", "user_disabled", "not_in_channel"}


class SlackTransport(Transport):
    kind = "slack"

    def address_for(self, recipient: Stakeholder | None, config: ChannelConfig) -> str:
        if recipient is not None and recipient.slack_user_id:
            return recipient.slack_user_id
        return str(config.config.get("channel", ""))

    def client(self, config: ChannelConfig) -> WebClient:
        base_url = str(config.config.get("base_url") or "https://slack.com/api/")
        if not base_url.endswith("/"):
            base_url += "/"
        return WebClient(
            token=config.secrets.get("bot_token", ""), base_url=base_url, timeout=int(self.timeout)
        )

    def send(self, alert: Alert, recipient: Stakeholder | None, *, ctx: SendContext) -> DeliveryResult:
        """A page is a new message (a level-change page replies in the thread and is broadcast
        to the conversation); an update or the resolved message is a thread reply (`thread_ts`)."""
        channel = self.address_for(recipient, ctx.config)
        if not channel:
            raise PermanentError("no Slack user id or channel", scope="recipient")
        context = alert_context(alert, recipient, ctx)
        root_channel, _, thread_ts = ctx.thread_ref.partition(":")
        kwargs: dict = {"channel": channel}
        if thread_ts:
            kwargs.update(channel=root_channel or channel, thread_ts=thread_ts)
        if ctx.kind in ("update", "resolved"):
            label = "Resolved" if ctx.kind == "resolved" else "Update"
            kwargs.update(
                text=f"{label}: [{alert.severity}] {alert.title}", blocks=update_blocks(alert, context)
            )
        else:
            kwargs.update(text=f"[{alert.severity}] {alert.title}", blocks=alert_blocks(alert, context))
            if thread_ts:
                kwargs["reply_broadcast"] = True
        try:
            response = self.client(ctx.config).chat_postMessage(
                **kwargs,
                unfurl_links=False,
                # The delivery key travels with the message: a reconciler (or a human) can tell
                # a redelivered attempt from a new one in the channel history.
                metadata={
                    "event_type": "crisisops_alert",
                    "event_payload": {"alert_id": alert.pk, "delivery": ctx.idempotency_key},
                },
            )
        except SlackApiError as exc:
            status = exc.response.status_code
            error = (exc.response.data or {}).get("error", "") if isinstance(exc.response.data, dict) else ""
            body = {"status": status, "error": error}
            if status >= 500 or status == 429 or error in {"ratelimited", "internal_error", "fatal_error"}:
                raise TransientError(f"Slack: HTTP {status} {error}".strip(), response=body) from exc
            if error in RECIPIENT_ERRORS:
                raise PermanentError(f"Slack: {error}", scope="recipient", response=body) from exc
            if error in TENANT_ERRORS or status in (401, 403, 404):
                raise PermanentError(f"Slack: {error or status}", scope="tenant", response=body) from exc
            raise TransientError(f"Slack: {error or status}", response=body) from exc
        except (SlackClientError, OSError) as exc:
            raise TransientError(f"Slack unreachable: {exc}") from exc
        data = response.data if isinstance(response.data, dict) else {}
        return DeliveryResult(
            provider_message_id=f"{data.get('channel', channel)}:{data.get('ts', '')}",
            response={
                "ok": data.get("ok"),
                "channel": data.get("channel"),
                "ts": data.get("ts"),
                "thread_ts": thread_ts or None,
            },
            address=channel,
        )

    def refresh(self, *, config: ChannelConfig, alert: Alert, message_id: str, host: str) -> None:
        """Rewrite a message already sent (best effort): while the alert is triggered its card
        with the story's new count and events and the recommended actions; once acknowledged or
        resolved, who did it, without the buttons."""
        from escalation import links
        from escalation.transports.base import recommendations

        channel, _, ts = message_id.partition(":")
        if not ts:
            return
        if alert.state == "triggered":
            context = {
                **recommendations(alert, host=host),
                "alert_url": links.alert_url(alert=alert, host=host),
                "explanation": (alert.details or {}).get("explanation", ""),
                "events": [e for e in (alert.details or {}).get("events", []) if isinstance(e, dict)][:5],
                "event_count": alert.trigger_count,
            }
            text = f"[{alert.severity}] {alert.title}"
            blocks = alert_blocks(alert, context)
        else:
            who = alert.acknowledged_actor if alert.state == "acknowledged" else alert.resolved_via
            text = f"*{alert.severity} {alert.title}* — {alert.get_state_display().lower()} ({who})"
            blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
        self.client(config).chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
