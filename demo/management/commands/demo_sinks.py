"""`manage.py demo_sinks`: the local SMTP and HTTP notification sinks of the demo (foreground)."""

from __future__ import annotations

import logging
import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand

from demo.sinks import OutboxRecorder, start_http, start_smtp
from tenants import clock


class Command(BaseCommand):
    help = (
        "Run the demo's notification sinks: an SMTP server and an HTTP server answering like Slack, "
        "Teams, Twilio, PagerDuty and generic webhooks. Everything received is recorded per tenant "
        "for the demo outbox page."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--smtp-port", type=int, default=1025)
        parser.add_argument("--http-port", type=int, default=8925)
        parser.add_argument(
            "--default-tenant", default="demo", help="tenant for messages with no tenant prefix"
        )

    def handle(self, *args, **opts):
        # aiosmtpd logs every connection at INFO (the controller's own start-up probe included).
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        recorder = OutboxRecorder(settings.REDIS_URL, clock=clock.now)
        smtp = start_smtp(
            recorder, host=opts["host"], port=opts["smtp_port"], default_tenant=opts["default_tenant"]
        )
        http, _ = start_http(
            recorder, host=opts["host"], port=opts["http_port"], default_tenant=opts["default_tenant"]
        )
        self.stdout.write(
            f"demo sinks: SMTP on {opts['host']}:{opts['smtp_port']}, HTTP on {http.url} "
            f"(Slack /slack/api/, Teams /teams/, Twilio /2010-04-01/, PagerDuty /v2/enqueue, /hooks/)",
        )
        self.stdout.flush()
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        stop.wait()
        http.shutdown()
        smtp.stop()
        self.stdout.write("demo sinks stopped")
