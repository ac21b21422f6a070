"""The quarterly report: the file equals the screen, a closed quarter is the same tomorrow as
today, the current one is live, and a CSV cell never starts a formula."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta
from html import unescape

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from community import services
from community.models import Problem, QuarterReport
from community.report import report_rows
from community.rules import quarter_bounds, quarter_of
from tests.community.factories import HouseholdFactory, member
from tests.community.test_admin import commune, make_digital, office, visit  # noqa: F401
from tests.places.factories import VillageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

URL = "campaign_report:index"


def previous_quarter() -> tuple[int, int]:
    year, quarter = quarter_of(timezone.localdate())
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def inside(year: int, quarter: int):
    """A day inside the quarter that a household of the factories may be visited on."""
    first, last = quarter_bounds(year, quarter)
    return max(first + timedelta(days=20), HouseholdFactory.consented_on)


def screen_table(response) -> list[list[str]]:
    found = re.search(r'<table class="listing.*?</table>', response.content.decode(), re.DOTALL)
    rows = []
    for row in re.findall(r"<tr.*?</tr>", found.group(0), re.DOTALL):
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.DOTALL)
        rows.append([" ".join(unescape(re.sub(r"<[^>]+>", " ", c)).split()) for c in cells])
    return rows


def same(screen: str, value) -> bool:
    """A cell on screen (localised: 0,5) and in the file (0.5) say the same."""
    if isinstance(value, int | float):
        return float(screen.replace(".", "").replace(",", ".")) == float(value)
    return screen == str(value)


def download(client, fmt: str, **params) -> bytes:
    response = client.get(reverse(URL), {**params, "export": fmt})
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def xlsx_rows(data: bytes) -> list[list]:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_file_equals_the_screen(office, commune):  # noqa: F811
    year, quarter = quarter_of(timezone.localdate())
    make_digital(commune["trainer_a"], commune["ba_household"], commune["ba"])
    visit(commune["trainer_b"], commune["west_household"], [commune["tay"]], problem="phone_repair")
    params = {"quy": f"{year}-{quarter}"}
    screen = screen_table(office.get(reverse(URL), params))
    data = xlsx_rows(download(office, "xlsx", **params))
    assert len(screen) == len(data) == 4  # the heading, two villages, the commune
    assert screen[0] == [str(h) for h in data[0]]
    for shown, written in zip(screen[1:], data[1:], strict=True):
        assert len(shown) == len(written) == 25  # the area, 4 targets × 5, 4 activities
        assert all(same(s, w) for s, w in zip(shown, written, strict=True)), (shown, written)
    by_area = {row[0]: dict(zip(data[0], row, strict=True)) for row in data[1:]}
    east, commune_row = by_area["Thôn Đông"], by_area["Toàn xã"]
    heading = "Hộ được hướng dẫn: "
    assert east[heading + "số đạt"] == 1 and east[heading + "trên tổng số"] == 200
    assert east[heading + "tỷ lệ (%)"] == 0.5 and east[heading + "mục tiêu (%)"] == 100
    # Thôn Tây was visited but nothing was practised or seen: not reached yet.
    assert commune_row[heading + "số đạt"] == 1 and commune_row[heading + "trên tổng số"] == 350
    assert commune_row["Số lần đến hộ trong quý"] == 2
    assert commune_row["Số hộ được đến trong quý"] == 2
    assert by_area["Thôn Tây"]["Vướng mắc chuyển lên trong quý"] == 1
    assert commune_row["Vướng mắc đã đóng trong quý"] == 0
    services.close_problem(commune["officer"], Problem.objects.get(), "Đã sửa xong")
    data = xlsx_rows(download(office, "xlsx", **params))
    assert data[-1][-1] == 1  # the current quarter is live
    assert not QuarterReport.objects.exists()


def test_a_closed_quarter_is_the_same_tomorrow_as_today(office, commune):  # noqa: F811
    year, quarter = previous_quarter()
    params = {"quy": f"{year}-{quarter}"}
    day = inside(year, quarter)
    visit(
        commune["trainer_a"], commune["ba_household"], [commune["ba"]], ["cashless-payment"], on=day
    )
    first = xlsx_rows(download(office, "xlsx", **params))
    first_csv = download(office, "csv", **params)
    assert QuarterReport.objects.filter(year=year, quarter=quarter).exists()
    # A late visit, dated inside the closed quarter.
    visit(
        commune["trainer_a"],
        commune["lan_household"],
        [commune["lan"]],
        ["cashless-payment"],
        on=day,
    )
    assert xlsx_rows(download(office, "xlsx", **params)) == first
    assert download(office, "csv", **params) == first_csv
    # Computed afresh, the numbers would differ: the kept report is what makes them equal.
    from community.report import compute_rows

    fresh = compute_rows(year, quarter, timezone.localdate())
    assert fresh != report_rows(year, quarter)


def test_csv_cells_never_start_a_formula(office, commune):  # noqa: F811
    VillageFactory(name='=HYPERLINK("http://x")', households=10, residents_15_plus=20)
    year, quarter = quarter_of(timezone.localdate())
    data = download(office, "csv", quy=f"{year}-{quarter}").decode("utf-8")
    areas = [row[0] for row in csv.reader(io.StringIO(data))]
    assert '\'=HYPERLINK("http://x")' in areas
    assert not any(area.startswith("=") for area in areas)


def test_a_quarter_in_the_future_or_unknown_falls_back_to_the_current_one(office, commune):  # noqa: F811
    response = office.get(reverse(URL), {"quy": "2999-1"})
    assert response.status_code == 200
    assert response.context["live"] and not QuarterReport.objects.exists()


def test_households_visited_count_once_per_quarter(office, commune):  # noqa: F811
    year, quarter = quarter_of(timezone.localdate())
    today = timezone.localdate()
    first, _last = quarter_bounds(year, quarter)
    earlier = max(first, today - timedelta(days=1))
    visit(commune["trainer_a"], commune["ba_household"], [commune["ba"]], on=today)
    visit(commune["trainer_a"], commune["ba_household"], [commune["ba"]], on=earlier)
    rows = {row["area"]: row for row in report_rows(year, quarter)}
    assert rows["Thôn Đông"]["visits"] == 2 and rows["Thôn Đông"]["households_visited"] == 1
    extra = HouseholdFactory(village=commune["west"])
    member(extra)
    assert report_rows(year, quarter)[-1]["households_visited"] == 1


def test_one_commune_of_a_province_counts_its_own_villages_only(office, commune):  # noqa: F811
    from places.models import Commune

    year, quarter = quarter_of(timezone.localdate())
    make_digital(commune["trainer_a"], commune["ba_household"], commune["ba"])
    visit(commune["trainer_b"], commune["west_household"], [commune["tay"]], problem="phone_repair")
    first, other = Commune.objects.create(name="Xã Một"), Commune.objects.create(name="Xã Hai")
    commune["east"].commune = first
    commune["east"].save()
    commune["west"].commune = other
    commune["west"].save()
    params = {"quy": f"{year}-{quarter}", "xa": first.pk}
    data = xlsx_rows(download(office, "xlsx", **params))
    assert [row[0] for row in data[1:]] == ["Thôn Đông", "Toàn xã"]
    by_area = {row[0]: dict(zip(data[0], row, strict=True)) for row in data[1:]}
    whole = by_area["Toàn xã"]
    assert whole["Hộ được hướng dẫn: trên tổng số"] == 200  # Thôn Đông's households only
    assert whole["Số lần đến hộ trong quý"] == 1
    assert whole["Vướng mắc chuyển lên trong quý"] == 0  # passed on in Thôn Tây
    # The whole deployment, as before: both villages.
    data = xlsx_rows(download(office, "xlsx", quy=f"{year}-{quarter}"))
    assert sorted(row[0] for row in data[1:-1]) == sorted(["Thôn Đông", "Thôn Tây"])
    assert data[-1][0] == "Toàn xã"
    # The dashboard of one commune lists its villages only.
    page = office.get(reverse("campaign_dashboard:index"), {"xa": other.pk})
    assert [area.name for area in page.context["areas"]] == ["Thôn Tây"]
    assert page.context["commune"].counts.households == 150
