"""Answers for requests that went wrong: a Vietnamese page, or JSON under ``/api/``."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

API_PREFIX = "/api/"


def wants_json(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


def problem_response(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    """The portal's page for a request it cannot serve (JSON for the read API)."""
    if wants_json(request):
        return JsonResponse({"message": f"{title}. {message}"}, status=status)
    return render(request, "problem.html", {"title": title, "message": message}, status=status)


def bad_request(request: HttpRequest) -> HttpResponse:
    return problem_response(
        request,
        400,
        _("The request could not be read"),
        _("What was sent was too large or damaged. Go back, check the form and send it again."),
    )


def explain(request: HttpRequest, status: int) -> HttpResponse:
    """A page that says what a bare 4xx status means."""
    if status == 404:
        title, message = _("Page not found"), _("This page does not exist or has been moved.")
    elif status == 405:
        title = _("This address cannot be used this way")
        message = _("Open the page from the portal's links or buttons instead.")
    elif status in (401, 403):
        title, message = _("Not allowed"), _("You do not have permission to open this page.")
    elif status == 413:
        title = _("The request could not be read")
        message = _("What was sent was too large. Send less at a time.")
    else:
        return (
            bad_request(request)
            if status == 400
            else problem_response(
                request,
                status,
                _("The request could not be read"),
                _("Please go back and try again."),
            )
        )
    return problem_response(request, status, title, message)
