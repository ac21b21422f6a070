"""A phone's HTTP client for the race tests: its own cookies, CSRF handled, no redirects followed.

Plain ``http.client`` keeps these tests light on the two cores the server needs: each request
is one connection, and cookies (including ``Secure`` ones, as a proxy ending TLS would pass
them) are kept by hand.
"""

from __future__ import annotations

import copy
import html
import http.client
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: str
    cookies: dict[str, str]

    @property
    def location(self) -> str:
        return self.headers.get("location", "")


@dataclass
class Phone:
    """One browser: a cookie jar and the last CSRF token it was given."""

    base: str
    cookies: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    csrf: str = ""

    def copy(self) -> Phone:
        return copy.deepcopy(self)

    def request(self, method: str, path: str, data=None, headers=None) -> Answer:
        parts = urlsplit(self.base)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        body = urlencode(data, doseq=True) if data is not None else None
        sent = {"Host": f"{parts.hostname}:{parts.port}", **self.headers, **(headers or {})}
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["Referer"] = self.base + "/"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            received = {}
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    cookie = SimpleCookie()
                    cookie.load(value)
                    for key, morsel in cookie.items():
                        received[key] = morsel.value
            headers_ = {name.lower(): value for name, value in response.getheaders()}
        finally:
            connection.close()
        self.cookies.update(received)
        match = CSRF_FIELD.search(text)
        if match:
            self.csrf = html.unescape(match.group(1))
        return Answer(response.status, headers_, text, received)

    def get(self, path: str, **kwargs) -> Answer:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, data: dict, **kwargs) -> Answer:
        return self.request("POST", path, {"csrfmiddlewaretoken": self.csrf, **data}, **kwargs)


def at_once(calls: list[Callable[[], Answer]]) -> list[Answer]:
    """Run every call in its own thread, released together by a barrier; answers in order."""
    barrier = threading.Barrier(len(calls))
    answers: list[Answer | BaseException | None] = [None] * len(calls)

    def run(index: int, call: Callable[[], Answer]) -> None:
        barrier.wait()
        try:
            answers[index] = call()
        except BaseException as error:  # noqa: BLE001 (reported below, in the test's thread)
            answers[index] = error

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    errors = [answer for answer in answers if isinstance(answer, BaseException)]
    if errors:
        raise errors[0]
    return answers  # type: ignore[return-value]


QUIZ_TOKEN = re.compile(r'name="form_token" value="([^"]+)"')
QUIZ_ACTION = re.compile(r'<form method="post" action="([^"]+)"')


def quiz_form(phone: Phone, path: str) -> tuple[str, str]:
    """Open a quiz page as a phone does; return where its form posts and its one-use token."""
    answer = phone.get(path)
    assert answer.status == 200, (path, answer.status)
    action = html.unescape(QUIZ_ACTION.search(answer.body).group(1))
    return action, html.unescape(QUIZ_TOKEN.search(answer.body).group(1))
