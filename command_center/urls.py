from __future__ import annotations

from django.urls import path

from command_center.views import (
    alerts,
    api,
    archive,
    command_center,
    crisis_detail,
    dashboards,
    plan,
    postmortem,
    review,
)

app_name = "command_center"

urlpatterns = [
    path("", command_center.command_center, name="command_center"),
    path("crises/", archive.crisis_archive, name="crisis_archive"),
    path("crises/<int:pk>/", crisis_detail.crisis_detail, name="crisis_detail"),
    path("crises/<int:pk>/acknowledge", crisis_detail.crisis_acknowledge, name="crisis_acknowledge"),
    path("crises/<int:pk>/escalate", crisis_detail.crisis_escalate_now, name="crisis_escalate_now"),
    path("crises/<int:pk>/assign", crisis_detail.crisis_assign, name="crisis_assign"),
    path("crises/<int:pk>/notes", crisis_detail.crisis_add_note, name="crisis_add_note"),
    path("crises/<int:pk>/resolve", crisis_detail.crisis_resolve, name="crisis_resolve"),
    path("crises/<int:pk>/merge", crisis_detail.crisis_merge, name="crisis_merge"),
    path("crises/<int:pk>/split", crisis_detail.crisis_split, name="crisis_split"),
    # The response plan (response.alerts.PLAN_PATH links to its panel on the crisis page).
    path("crises/<int:pk>/plan/take", plan.plan_take, name="plan_take"),
    path("crises/<int:pk>/plan/tasks/<int:task_id>", plan.plan_task_status, name="plan_task_status"),
    path("crises/<int:pk>/postmortem/", postmortem.postmortem, name="postmortem"),
    path(
        "crises/<int:pk>/postmortem.<str:fmt>",
        postmortem.postmortem_download,
        name="postmortem_download",
    ),
    path("alerts/", alerts.alert_list, name="alerts"),
    # The alert page: notification links open it (escalation.links.ALERT_PATH, a contract).
    path("alerts/<int:pk>/", alerts.alert_detail, name="alert_detail"),
    path("alerts/<int:pk>/acknowledge", alerts.alert_acknowledge, name="alert_acknowledge"),
    path("alerts/<int:pk>/resolve", alerts.alert_resolve, name="alert_resolve"),
    path("alerts/<int:pk>/escalate", alerts.alert_escalate, name="alert_escalate"),
    path("alerts/<int:pk>/not-a-crisis", alerts.alert_false_alarm, name="alert_false_alarm"),
    path("review/", review.review_page, name="review"),
    path("review/<int:pk>/decide", review.review_decide, name="review_decide"),
    path("dashboards/", dashboards.dashboard, name="dashboards"),
    path("dashboards/<slug:board>/", dashboards.dashboard, name="dashboard"),
    # REST API (session auth; roles via DRF permissions). OpenAPI: /api/docs/.
    path("api/v1/crises", api.CrisisListApi.as_view(), name="api_crises"),
    path("api/v1/crises/<int:pk>/acknowledge", api.CrisisAcknowledgeApi.as_view(), name="api_crisis_ack"),
    path("api/v1/crises/<int:pk>/resolve", api.CrisisResolveApi.as_view(), name="api_crisis_resolve"),
    path("api/v1/alerts", api.AlertListApi.as_view(), name="api_alerts"),
    path("api/v1/alerts/<int:pk>", api.AlertDetailApi.as_view(), name="api_alert"),
    path("api/v1/alerts/<int:pk>/acknowledge", api.AlertAcknowledgeApi.as_view(), name="api_alert_ack"),
    path("api/v1/alerts/<int:pk>/resolve", api.AlertResolveApi.as_view(), name="api_alert_resolve"),
    path("api/v1/alerts/<int:pk>/escalate", api.AlertEscalateApi.as_view(), name="api_alert_escalate"),
    path("api/v1/review/<int:pk>/decide", api.ReviewDecideApi.as_view(), name="api_review_decide"),
]
