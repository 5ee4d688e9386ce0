from __future__ import annotations

from django.urls import path

from escalation.views import api, inbound, pages

app_name = "escalation"

urlpatterns = [
    # Inbound provider callbacks (signature-verified, no session).
    path("escalation/slack/interactions", inbound.slack_interactions, name="slack_interactions"),
    path("escalation/twilio/sms", inbound.twilio_sms, name="twilio_sms"),
    path("escalation/a/<str:token>", inbound.email_action, name="email_action"),
    # Pages.
    path("escalation/alerts/<int:pk>", pages.alert_detail, name="alert_detail"),
    path("escalation/alerts/<int:pk>/<str:action>", pages.alert_action, name="alert_action"),
    # REST API (the command center's /api/v1/alerts/<pk>/acknowledge|resolve call the same services).
    path("api/v1/escalation/alerts", api.AlertListApi.as_view(), name="api_alerts"),
    path("api/v1/escalation/alerts/<int:pk>", api.AlertDetailApi.as_view(), name="api_alert"),
    path(
        "api/v1/escalation/alerts/<int:pk>/acknowledge",
        api.AlertAcknowledgeApi.as_view(),
        name="api_alert_ack",
    ),
    path(
        "api/v1/escalation/alerts/<int:pk>/resolve", api.AlertResolveApi.as_view(), name="api_alert_resolve"
    ),
    path(
        "api/v1/escalation/alerts/<int:pk>/escalate",
        api.AlertEscalateApi.as_view(),
        name="api_alert_escalate",
    ),
]
