"""The demo's pages: the outbox (what each stakeholder received from the demo sinks)."""

from __future__ import annotations

from django.urls import path

from demo import views

app_name = "demo"

urlpatterns = [
    path("demo/outbox/", views.demo_outbox, name="outbox"),
    path("demo/outbox/<int:record_id>/slack", views.demo_outbox_slack, name="outbox_slack"),
    path("demo/outbox/<int:record_id>/sms", views.demo_outbox_sms, name="outbox_sms"),
]
