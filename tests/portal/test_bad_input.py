"""Bad input never answers 5xx: every URL pattern of the portal, with a catalogue of odd values.

The walk is built from the URL resolver itself, so a pattern added later is walked too. Each
odd value goes into every path argument, every known query parameter and a form body, with
every method; a 4xx answer is a Vietnamese page (JSON under ``/api/``).
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db

HUGE = "9" * 24  # above 2**63 and 2**64
ODD_VALUES = [
    HUGE,
    "-1",
    "0",
    "1e309",
    "\x00",
    "a\x00b",
    "x" * 10_000,
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    " ".join(["lừa"] * 300),  # a search of 300 words
    "(((",
    "🌸",
]
RAW_ODD = ["%FF%FE", "%C0%AF", "%ED%A0%80"]  # invalid UTF-8, already percent-encoded
PAGE_QUERY_NAMES = ["q", "trang", "page", "next"]
API_QUERY_NAMES = [
    "search",
    "search_operator",
    "order",
    "limit",
    "offset",
    "fields",
    "type",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "locale",
    "site",
    "html_path",
    "id",
    "title",
    "slug",
    "show_in_menus",
]
METHODS = ["get", "head", "post", "put", "patch", "delete", "options"]
SKIPPED_PREFIXES = ("admin/",)  # the Wagtail admin is staff-only and Wagtail's own


def walk(patterns, prefix: str = ""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route


def fill(route: str, value: str) -> str:
    """A URL for a route (``<int:id>`` or a regex group) with every argument set to ``value``."""
    route = route.replace("^", "").replace("$", "").replace("\\", "")
    route = re.sub(r"<[^>]+>", value, route)
    out, depth, i = [], 0, 0
    while i < len(route):
        char = route[i]
        if char == "(":
            if depth == 0:
                out.append(value)
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0 and char not in "?*+":
            out.append(char)
        i += 1
    return "/" + "".join(out).lstrip("/")


def routes() -> list[str]:
    found = sorted(
        {
            route
            for route in walk(get_resolver().url_patterns)
            if not route.replace("^", "").startswith(SKIPPED_PREFIXES)
        }
    )
    return found


PATH_VALUES = [quote(v, safe="") for v in (HUGE, "\x00", "a\x00b", "x" * 3000, "' OR 1=1 --", "🌸")]


def path_urls() -> list[str]:
    """Every route with every odd path value (Vietnamese), and with one of them in English."""
    urls = set()
    for route in routes():
        for value in [*PATH_VALUES, *RAW_ODD]:
            urls.add(fill(route, value))
        urls.add("/en" + fill(route, HUGE))
    # Wagtail's own page routes below real pages (print views, quiz routes).
    for page in ("/vneid/", "/vneid/dang-nhap-vneid/", "/vneid/kiem-tra/"):
        for value in [RAW_ODD[0], quote("\x00"), "x" * 3000]:
            urls.add(f"{page}{value}/")
            urls.add(f"{page}in/{value}/")
    return sorted(urls)


def method_urls() -> list[str]:
    """Every route once with a plain value and once with a huge one, for the other methods."""
    return sorted({fill(route, value) for route in routes() for value in ("1", HUGE)})


PAGE_TARGETS = [
    "/",
    "/vneid/",
    "/vneid/dang-nhap-vneid/",
    "/vneid/dang-nhap-vneid/in/",
    "/vneid/in/",
    "/vneid/kiem-tra/",
    "/tim-kiem/",
    "/hoc-vien/",
    "/hoc-vien/dang-nhap/",
    "/chung-nhan/ABCD-EFGH/",
    "/healthz",
]
API_TARGETS = ["/api/v2/pages/", "/api/v2/pages/find/", "/api/v2/images/"]


def query_urls() -> list[str]:
    urls = []
    for targets, names in ((PAGE_TARGETS, PAGE_QUERY_NAMES), (API_TARGETS, API_QUERY_NAMES)):
        for target in targets:
            for name in names:
                for value in ODD_VALUES:
                    urls.append(f"{target}?{name}={quote(value, safe='')}")
                for raw in RAW_ODD:
                    urls.append(f"{target}?{name}={raw}")
    urls += [
        "/api/v2/pages/?search=x&search_operator=xor",
        "/api/v2/pages/?search=x&search_operator=",
        "/api/v2/pages/?search=x&order=-title,title,,",
        "/api/v2/pages/?fields=*,-title,_,body(xyz)",
        "/api/v2/pages/?fields=" + quote("title(" * 200),
        "/api/v2/pages/?type=wagtailcore.Page&fields=" + quote("\x00"),
        "/api/v2/pages/?child_of=" + HUGE,
        "/api/v2/pages/?id=" + HUGE,
        "/api/v2/pages/?tags=" + quote("\x00"),
        "/api/v2/images/?id=" + HUGE,
        "/api/v2/pages/find/?html_path=" + quote("/vneid/\x00/"),
        "/api/v2/pages/find/?id=" + HUGE,
        "/tim-kiem/?q=vneid&trang=" + HUGE,
        "/tim-kiem/?" + "&".join(f"q={n}" for n in range(500)),
    ]
    return urls


def problem(response, url: str, method: str) -> str:
    """What is wrong with an answer to odd input, or "" when it is a clean 2xx-4xx."""
    status = response.status_code
    where = f"{method.upper()} {url[:100]!r}"
    if status >= 500:
        return f"{where} answered {status}"
    if 400 <= status < 500 and method != "head":
        kind = response.get("Content-Type", "")
        body = response.content.decode("utf-8", "replace")
        if url.startswith("/api/"):
            if "json" not in kind:
                return f"{where} answered {status} in {kind!r}, not JSON"
        elif 'lang="vi"' not in body and 'lang="en"' not in body:
            return f"{where} answered {status} without a page of ours: {body[:80]!r}"
        if "Traceback" in body:
            return f"{where} shows a traceback"
    return ""


def assert_clean(response, url: str, method: str) -> None:
    found = problem(response, url, method)
    assert not found, found


def assert_all_clean(answers) -> None:
    problems = [found for found in (problem(*answer) for answer in answers) if found]
    assert not problems, f"{len(problems)} bad answers:\n" + "\n".join(problems[:40])


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


def test_every_url_pattern_with_odd_path_values(visitor):
    urls = path_urls()
    assert len(urls) > 150
    assert_all_clean(
        (getattr(visitor, method)(url), url, method) for url in urls for method in ("get", "post")
    )


def test_every_url_pattern_with_every_method(visitor):
    assert_all_clean(
        (getattr(visitor, method)(url), url, method) for url in method_urls() for method in METHODS
    )


def test_every_query_parameter_with_odd_values(visitor):
    assert_all_clean((visitor.get(url), url, "get") for url in query_urls())


@pytest.mark.parametrize(
    "url",
    [
        "/hoc-vien/luu-ket-qua/",
        "/hoc-vien/dang-nhap/",
        "/hoc-vien/quen-ma-pin/",
        "/hoc-vien/xoa-ho-so/",
        "/tim-kiem/",
    ],
)
def test_odd_form_bodies(visitor, url):
    for value in ODD_VALUES:
        data = dict.fromkeys(
            ("display_name", "pin", "pin_again", "birth_year", "village", "code", "recovery_code"),
            value,
        )
        data["confirm"] = value
        assert_clean(visitor.post(url, data), url, "post")
    for raw in (b"display_name=%FF%FE&pin=%00", b"\xff\xfe\x00", b"a=" + b"b" * 50_000):
        response = visitor.generic(
            "POST", url, raw, content_type="application/x-www-form-urlencoded"
        )
        assert_clean(response, url, "post")


def test_odd_quiz_submissions(client, quiz):
    submit = quiz.url + quiz.reverse_subpage("submit")
    for value in ODD_VALUES:
        response = client.post(submit, {"form_token": value, f"q-{value}": value})
        assert_clean(response, submit, "post")
