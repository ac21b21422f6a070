"""The officers' dashboard: each target's figure, goal and pace per commune and village, visits
per week, households not yet visited, a chart drawn on the server, who to visit next; in a
number of queries that does not grow with the households."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.models import Target
from community.rules import TargetKey
from tests.community.factories import HouseholdFactory, member, officer
from tests.community.test_admin import commune, make_digital, office, visit  # noqa: F401
from tests.places.factories import VillageFactory
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

URL = "campaign_dashboard:index"


def text(response) -> str:
    """The page's words, tags gone and spaces squeezed."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_each_target_shows_count_of_percent_goal_and_pace(office, commune):  # noqa: F811
    make_digital(commune["trainer_a"], commune["ba_household"], commune["ba"])
    page = text(office.get(reverse(URL)))
    # Thôn Đông: 1 household of 200 reached (0.5%); the commune: 1 of 350 (0.3%).
    assert "1 / 200 (0,5%)" in page
    assert "1 / 350 (0,3%)" in page
    # VNeID counts residents: none seen yet, of 600 and 1000.
    assert "0 / 600 (0,0%)" in page and "0 / 1000 (0,0%)" in page
    assert "mục tiêu 100% trước 31/12/2026" in page
    # Late in the campaign with almost nothing done: behind.
    assert "Chậm tiến độ" in page
    assert "Tiến độ chiến dịch" in page


def test_pace_marks_reached_and_on_track(office, commune):  # noqa: F811
    make_digital(commune["trainer_a"], commune["ba_household"], commune["ba"])
    tiny = VillageFactory(name="Thôn Nhỏ", households=1, residents_15_plus=2)
    household = HouseholdFactory(village=tiny, display_name="Hộ bà Nhỏ")
    person = member(household, "Phạm Thị Nhỏ", 1980)
    commune["trainer_a"].trainer.villages.add(tiny)
    visit(commune["trainer_a"], household, [person], ["cashless-payment"])
    today = timezone.localdate()
    Target.objects.filter(key=TargetKey.VNEID).update(
        starts_on=today, deadline=today + timedelta(days=400)
    )
    response = office.get(reverse(URL), {"thon": tiny.pk})
    focus = text(response).split("Thôn Nhỏ", 2)[-1]
    assert "1 / 1 (100,0%)" in focus and "Đã đạt" in focus
    assert "Đúng tiến độ" in focus  # VNeID: the campaign for it starts today


def test_visits_per_week_not_yet_visited_and_who_to_visit_next(office, commune):  # noqa: F811
    today = timezone.localdate()
    visit(commune["trainer_a"], commune["ba_household"], [commune["ba"]], on=today)
    visit(
        commune["trainer_a"], commune["ba_household"], [commune["ba"]], on=today - timedelta(days=8)
    )
    visit(
        commune["trainer_b"],
        commune["west_household"],
        [commune["tay"]],
        on=today - timedelta(days=200),
    )
    response = office.get(reverse(URL))
    assert response.context["recent_total"] == 2  # the one 200 days ago is outside 12 weeks
    weeks = response.context["recent_visits"]
    assert 12 <= len(weeks) <= 13 and sum(n for _day, n in weeks) == 2
    assert response.context["focus"].not_visited == 1  # Hộ bà Trần Thị Lan
    rounds = {r.trainer.user.username: r.households for r in response.context["rounds"]}
    # Never visited first, then the oldest last visit.
    assert [h.display_name for h in rounds["tnt-dong"]] == [
        "Hộ bà Trần Thị Lan",
        "Hộ ông Nguyễn Văn Ba",
    ]
    assert [h.display_name for h in rounds["tnt-tay"]] == ["Hộ ông Lê Văn Tây"]
    page = text(response)
    assert "chưa đến lần nào" in page and "Tổng cộng 2 lần đến hộ" in page


def test_the_village_filter_narrows_the_focus(office, commune):  # noqa: F811
    response = office.get(reverse(URL), {"thon": commune["west"].pk})
    assert response.context["focus"].name == "Thôn Tây"
    rounds = [r.trainer.user.username for r in response.context["rounds"]]
    assert rounds == ["tnt-tay"]
    assert "Hộ ông Nguyễn Văn Ba" not in response.content.decode()


def test_the_chart_is_svg_with_a_title_a_description_and_a_table(office, commune):  # noqa: F811
    make_digital(commune["trainer_a"], commune["ba_household"], commune["ba"])
    page = office.get(reverse(URL)).content.decode()
    start = page.index('<svg xmlns="http://www.w3.org/2000/svg" viewBox')
    svg = page[start : page.index("</svg>", start)]
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert svg.count("<polyline") == 4  # one line per target
    assert "100%" in svg and "0%" in svg  # the vertical axis
    assert "Số liệu của biểu đồ" in page and "Tuần đến ngày" in page


def test_the_chart_begins_a_week_before_the_first_record(office, commune):  # noqa: F811
    """Not a year of zeros: the targets started long ago, the first visit is today."""
    today = timezone.localdate()
    long_ago = today - timedelta(days=400)
    Target.objects.update(starts_on=long_ago)
    page = text(office.get(reverse(URL)))
    # Nothing recorded yet: the chart starts with the campaign.
    assert f"từ {long_ago:%d/%m/%Y} đến {today:%d/%m/%Y}" in page
    make_digital(commune["trainer_a"], commune["ba_household"], commune["ba"])
    page = text(office.get(reverse(URL)))
    week_before = today - timedelta(days=7)
    assert f"từ {week_before:%d/%m/%Y} đến {today:%d/%m/%Y}" in page
    assert long_ago.strftime("%d/%m/%Y") not in page


def test_the_home_page_panel_is_for_officers_only(client, commune):  # noqa: F811
    client.force_login(commune["officer"])
    assert "Chiến dịch số: toàn xã" in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(UserFactory(groups=["Editors"]))
    assert "Chiến dịch số: toàn xã" not in client.get(reverse("wagtailadmin_home")).content.decode()


def build(households: int) -> object:
    """A commune of three villages with ``households`` households, each visited once."""
    villages = [VillageFactory(name=f"Thôn Số {n}") for n in range(3)]
    from tests.community.factories import trainer

    trainers = [trainer(f"tnt-{n}", [village]) for n, village in enumerate(villages)]
    for n in range(households):
        village = villages[n % 3]
        household = HouseholdFactory(village=village)
        person = member(household, f"Người Thử {n}", 1970)
        if n % 2:
            visit(trainers[n % 3], household, [person], ["cashless-payment"])
    return officer()


def test_five_and_forty_households_cost_the_same_queries(client):
    counts = {}
    for households in (5, 40):
        from django.db import transaction

        sid = transaction.savepoint()
        client.force_login(build(households))
        client.get(reverse(URL))
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse(URL))
        counts[households] = len(queries)
        transaction.savepoint_rollback(sid)
    print(f"dashboard queries: {counts}")
    assert counts[5] == counts[40], counts
    assert counts[40] <= 30, counts
