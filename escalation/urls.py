from __future__ import annotations

from django.urls import path

from escalation.views import inbound

app_name = "escalation"

# Inbound provider callbacks only (signature-verified, no session). The alert pages and the
# alerts REST API belong to the command center (command_center/urls.py).
urlpatterns = [
    path("escalation/slack/interactions", inbound.slack_interactions, name="slack_interactions"),
    path("escalation/twilio/sms", inbound.twilio_sms, name="twilio_sms"),
    path("escalation/a/<str:token>", inbound.email_action, name="email_action"),
]
