"""Email through Django's SMTP backend: HTML + plain text, signed one-click ACK / not a crisis /
resolve links; updates reply in the person's thread (`In-Reply-To`); the P2–P3 digest.

Config (optional, else settings.EMAIL_HOST/EMAIL_PORT): `host`, `port`, `use_tls`, `from_email`.
Credentials (optional): `username`, `password`.
"""

from __future__ import annotations

import smtplib
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection

from escalation.transports.base import (
    DeliveryResult,
    PermanentError,
    SendContext,
    TransientError,
    Transport,
    alert_context,
)

if TYPE_CHECKING:
    from escalation.models import Alert, ChannelConfig, Stakeholder


def smtp_connection(config: ChannelConfig | None, timeout: float):
    cfg = config.config if config else {}
    creds = config.secrets if config else {}
    return get_connection(
        "django.core.mail.backends.smtp.EmailBackend",
        host=cfg.get("host") or settings.EMAIL_HOST,
        port=int(cfg.get("port") or settings.EMAIL_PORT),
        username=creds.get("username") or None,
        password=creds.get("password") or None,
        use_tls=bool(cfg.get("use_tls", False)),
        timeout=timeout,
        fail_silently=False,
    )


def send_email(
    *,
    config: ChannelConfig | None,
    to: str,
    subject: str,
    text: str,
    html: str | None,
    message_id: str,
    in_reply_to: str = "",
) -> None:
    """Send one message; raises TransientError / PermanentError. With `in_reply_to` (the
    Message-ID of the thread's first mail) mail clients show it in that thread."""
    from_email = (config.config.get("from_email") if config else None) or settings.DEFAULT_FROM_EMAIL
    # A stable Message-ID per attempt: a redelivered attempt is recognisable as the same mail.
    headers = {"Message-ID": f"<{message_id}@crisisops>", "X-CrisisOps-Delivery": message_id}
    if in_reply_to:
        headers.update({"In-Reply-To": in_reply_to, "References": in_reply_to})
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=from_email,
        to=[to],
        headers=headers,
        connection=smtp_connection(config, timeout=10),
    )
    if html:
        message.attach_alternative(html, "text/html")
    try:
        message.send()
    except smtplib.SMTPAuthenticationError as exc:
        raise PermanentError(f"SMTP authentication failed: {exc.smtp_code}", scope="tenant") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        if all(400 <= c < 500 for c in codes):
            raise TransientError(f"SMTP recipient deferred: {codes}") from exc
        raise PermanentError(f"SMTP recipient refused: {codes}", scope="recipient") from exc
    except smtplib.SMTPResponseException as exc:
        if 400 <= exc.smtp_code < 500:
            raise TransientError(f"SMTP {exc.smtp_code}") from exc
        raise PermanentError(f"SMTP {exc.smtp_code}", scope="tenant") from exc
    except (TimeoutError, smtplib.SMTPException, OSError) as exc:
        raise TransientError(f"SMTP unreachable: {exc}") from exc


class EmailTransport(Transport):
    kind = "email"

    def address_for(self, recipient: Stakeholder | None, config: ChannelConfig) -> str:
        return recipient.email if recipient is not None else str(config.config.get("to", ""))

    def send(self, alert: Alert, recipient: Stakeholder | None, *, ctx: SendContext) -> DeliveryResult:
        """A page, an update or resolved message (a reply in the person's thread about the
        incident: `In-Reply-To` its first mail), or the digest."""
        to = self.address_for(recipient, ctx.config)
        if not to:
            raise PermanentError("no email address", scope="recipient")
        context = alert_context(alert, recipient, ctx)
        template = {"update": "update", "resolved": "update", "digest": "digest"}.get(ctx.kind, "alert")
        subject = f"[{alert.severity}] {alert.title} (alert #{alert.pk})"
        if ctx.kind == "digest":
            subject = f"[CrisisOps digest] {len(ctx.notification.body.splitlines())} alert(s)"
        elif ctx.thread_ref:
            subject = f"Re: {subject}"
        send_email(
            config=ctx.config,
            to=to,
            subject=subject,
            text=self.render(f"{template}.txt", context),
            html=self.render(f"{template}.html", context),
            message_id=ctx.idempotency_key,
            in_reply_to=ctx.thread_ref,
        )
        return DeliveryResult(provider_message_id=f"<{ctx.idempotency_key}@crisisops>", address=to)
