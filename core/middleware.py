"""Guards at the edge of every request."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .errors import bad_request, explain


def has_nul(request: HttpRequest) -> bool:
    """A NUL character anywhere in the path or the query: no field of ours can hold one."""
    if "\x00" in request.path:
        return True
    return any(
        "\x00" in key or any("\x00" in value for value in values)
        for key, values in request.GET.lists()
    )


class RequestGuardMiddleware:
    """Refuse what no page can use before it reaches a database; dress bare error answers.

    On the way in, a NUL character in the path or the query is refused with 400: PostgreSQL
    cannot even compare with such a string. On the way out, a 4xx answer with no body (405
    from a view decorator, a bare 404) becomes the portal's page in Vietnamese, or JSON
    under ``/api/``.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if has_nul(request):
            return bad_request(request)
        response = self.get_response(request)
        if (
            400 <= response.status_code < 500
            and request.method != "HEAD"
            and not response.streaming
            and not response.content
        ):
            dressed = explain(request, response.status_code)
            for header, value in response.items():
                if header.lower() not in ("content-type", "content-length"):
                    dressed[header] = value
            dressed.cookies = response.cookies
            return dressed
        return response
