"""Every CSV the admin writes opens in Excel with its accents: UTF-8 with a byte order mark."""

import csv
import io

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from learners.models import Learner
from places.models import Village

pytestmark = pytest.mark.django_db

BOM = b"\xef\xbb\xbf"


def export_views(patterns=None, namespace: str = "") -> list[str]:
    """URL names of every admin list or report that can export a spreadsheet (no arguments)."""
    names = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            names += export_views(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name and not pattern.pattern.converters:
            view_class = getattr(pattern.callback, "view_class", None)
            exports = view_class and issubclass(view_class, SpreadsheetExportMixin)
            if exports and not pattern.name.endswith("results"):  # not the partial views
                names.append(namespace + pattern.name)
    return names


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_every_csv_export_starts_with_a_bom_and_round_trips_vietnamese(admin_client, quiz):
    village = Village.objects.create(name="Thôn Đồng Xuân", households=1, residents_15_plus=1)
    learner = Learner(code="KKK-KKK", display_name="Nguyễn Thị Lan", village=village)
    learner.set_pin("2468")
    learner.save()
    exported = {}
    for name in export_views():
        response = admin_client.get(reverse(name), {"export": "csv"})
        if response.status_code == 200 and response["Content-Type"].startswith("text/csv"):
            body = body_of(response)
            if body.strip(BOM + b"\r\n"):  # a view with nothing to export writes blank lines
                exported[name] = (response, body)
    # Ours and Wagtail's: learners, attempts, certificates, the learner reports, the campaign's
    # lists and quarterly report, the villages, the re-check report, the site history…
    for expected in (
        "learner:index",
        "learner_reports:questions",
        "campaign_report:index",
        "wagtailadmin_reports:site_history",
    ):
        assert expected in exported, sorted(exported)
    assert len(exported) >= 10, sorted(exported)
    for name, (response, body) in exported.items():
        assert body.startswith(BOM), name
        assert response["Content-Type"] == "text/csv; charset=utf-8", name
        text = body.decode("utf-8-sig")
        assert text.encode("utf-8") == body[len(BOM) :], name
        heading = next(csv.reader(io.StringIO(text)))
        assert not heading[0].startswith("\ufeff"), name  # the mark is not part of a heading
    learners = exported["learner:index"][1].decode("utf-8-sig")
    assert "Nguyễn Thị Lan" in learners and "Thôn Đồng Xuân" in learners
    assert "Bài kiểm tra" in exported["learner_reports:questions"][1].decode("utf-8-sig")
