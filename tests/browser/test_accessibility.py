"""axe-core finds no WCAG 2.1 A/AA violations on any public page kind."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import PHONE

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
PAGES = {
    "home": ("/", 200),
    "topic": ("/vneid/", 200),
    "lesson": ("/vneid/dang-nhap-vneid/", 200),
    "lesson with video": ("/vneid/kich-hoat-tai-khoan-vneid/", 200),
    "search results": ("/tim-kiem/?q=vneid", 200),
    "search, nothing found": ("/tim-kiem/?q=xyzxyz", 200),
    "lesson print": ("/vneid/dang-nhap-vneid/in/", 200),
    "topic print": ("/vneid/in/", 200),
    "English lesson": ("/en/vneid/dang-nhap-vneid/", 200),
    "quiz": ("/vneid/kiem-tra/", 200),
    "not found": ("/khong-co-trang-nay/", 404),
}
MAX_NODES = 3


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        nodes = violation["nodes"]
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"[{len(nodes)} element(s)] {violation['helpUrl']}"
        )
        for node in nodes[:MAX_NODES]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    {target}\n      {node['html'][:300]}")
            if node.get("failureSummary"):
                summary = " ".join(node["failureSummary"].split())
                lines.append(f"      {summary[:300]}")
    return "\n".join(lines)


@pytest.mark.parametrize(("path", "status"), PAGES.values(), ids=PAGES.keys())
def test_no_axe_violations(browser, live_url, axe, path, status):
    # axe.min.js is injected through the DevTools protocol; bypass_csp keeps the page's strict
    # Content-Security-Policy from getting in its way without changing how the page renders.
    context = browser.new_context(base_url=live_url, bypass_csp=True, **PHONE)
    try:
        page = context.new_page()
        response = page.goto(path)
        assert response.status == status, f"{path} answered {response.status}"
        results = axe.run(page, options=AXE_OPTIONS)
    finally:
        context.close()
    violations = results.response["violations"]
    assert not violations, (
        f"{path}: {len(violations)} axe violation(s) of {', '.join(WCAG_TAGS)}:\n"
        + describe(violations)
    )
