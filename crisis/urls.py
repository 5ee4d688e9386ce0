from __future__ import annotations

from django.urls import path

from crisis.views import command_center

app_name = "crisis"

urlpatterns = [
    path("", command_center.command_center, name="command_center"),
]
