from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from crisis import selectors


@login_required
def command_center(request: HttpRequest) -> HttpResponse:
    return render(request, "crisis/command_center.html", {"crises": selectors.crisis_list_active()})
