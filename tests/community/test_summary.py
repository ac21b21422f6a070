"""The dashboard's summary (``ProgressEvent``, ``VillageDay``, ``CommuneDay``), kept by the
database's triggers, always equals the first dates counted from the records
(``stats.first_dates``): as visits and outcomes are added, edited and deleted, lessons
completed, profiles deleted, households moved to another village, villages to another commune
and households recognised. Run on SQLite and on PostgreSQL (``DATABASE_URL``)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone

from community import services
from community.dashboard import Progress, commune_areas, target_figures
from community.models import CommuneDay, Outcome, OutcomeSeen, Recognition, Visit
from community.rules import Counts, Meaning
from community.stats import (
    ALL,
    commune_counts,
    communes_on,
    counts_from_dates,
    first_dates,
    village_tallies,
    whole_tallies,
)
from learners.models import LessonCompletion
from learners.services import profiles
from places.models import Commune, Village
from tests.community.factories import HouseholdFactory, member, officer, outcome
from tests.community.test_admin import commune, make_digital, visit  # noqa: F401
from tests.lessons.factories import LessonPageFactory
from tests.places.factories import VillageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


def days() -> list:
    today = timezone.localdate()
    return [today - timedelta(days=n) for n in (0, 1, 2, 5, 9, 30, 400)] + [
        today + timedelta(days=1)
    ]


def assert_summary_matches() -> list[Counts]:
    """Every village's counts, and each commune's and the whole's, on several days: the
    summary's equal the records'. Returns the villages' counts today (to check a change)."""
    villages = list(Village.objects.order_by("pk"))
    dates = first_dates()
    tallies = village_tallies(villages)
    whole = whole_tallies()
    for day in days():
        expected = [counts_from_dates(v, dates, day) for v in villages]
        got = [tallies.counts(v.pk, v.households, v.residents_15_plus, day) for v in villages]
        assert got == expected, day
        total = sum(expected, Counts(0, 0))
        assert whole.counts(ALL, total.households, total.residents, day) == total, day
        per_commune = communes_on(day)
        for place in [*Commune.objects.all(), None]:
            mine = [v for v in villages if v.commune_id == (place.pk if place else None)]
            want = sum((counts_from_dates(v, dates, day) for v in mine), Counts(0, 0))
            key = place.pk if place else 0
            assert per_commune.counts(key, want.households, want.residents, day) == want
    today = timezone.localdate()
    return [counts_from_dates(v, dates, today) for v in villages]


def test_a_visit_added_edited_and_deleted(commune):  # noqa: F811
    before = assert_summary_matches()
    assert all(c.reached == 0 for c in before)
    a_week_ago = timezone.localdate() - timedelta(days=7)
    first = visit(
        commune["trainer_a"],
        commune["ba_household"],
        [commune["ba"]],
        ["vneid-level-2", "public-services-login", "cashless-payment"],
        on=a_week_ago,
    )
    after = assert_summary_matches()
    east = after[0]
    assert (east.reached, east.vneid, east.online_and_cashless) == (1, 1, 1)
    # Edited: the sighting moved to another day, an outcome changed its meaning.
    OutcomeSeen.objects.filter(visit=first).update(seen_on=timezone.localdate())
    assert_summary_matches()
    cashless = outcome("cashless-payment")
    cashless.meaning = Meaning.OTHER
    cashless.save()
    assert assert_summary_matches()[0].online_and_cashless == 0
    Outcome.objects.filter(pk=cashless.pk).update(meaning=Meaning.CASHLESS)
    assert assert_summary_matches()[0].online_and_cashless == 1
    # A second visit, then the first deleted (its sightings with it).
    visit(commune["trainer_a"], commune["ba_household"], [commune["ba"]], ["cashless-payment"])
    assert_summary_matches()
    first.delete()
    assert assert_summary_matches()[0].vneid == 0
    Visit.objects.all().delete()
    assert assert_summary_matches() == before


def test_a_household_moves_village_and_a_village_moves_commune(commune):  # noqa: F811
    make_digital(commune["trainer_a"], commune["ba_household"], commune["ba"])
    services.recognise(commune["officer"], commune["ba_household"])
    east, west = assert_summary_matches()
    assert east.digital_households == 1 and west.digital_households == 0
    household = commune["ba_household"]
    household.village = commune["west"]
    household.save()
    east, west = assert_summary_matches()
    assert (east.reached, west.reached, west.digital_households) == (0, 1, 1)
    province = Commune.objects.create(name="Xã Một")
    other = Commune.objects.create(name="Xã Hai")
    Village.objects.filter(pk=commune["west"].pk).update(commune=province)
    assert_summary_matches()
    village = Village.objects.get(pk=commune["west"].pk)
    village.commune = other
    village.save()
    assert_summary_matches()
    assert CommuneDay.objects.filter(commune_id=other.pk, n__gt=0).exists()
    Recognition.objects.update(revoked_on=timezone.localdate())
    assert assert_summary_matches()[1].digital_households == 0
    household.delete()
    assert assert_summary_matches()[1].reached == 0


def test_lessons_completed_and_a_profile_deleted(commune):  # noqa: F811
    lesson = LessonPageFactory()
    learner = commune["lan"].learner
    LessonCompletion.objects.create(learner=learner, lesson=lesson)
    assert assert_summary_matches()[0].reached == 1
    LessonCompletion.objects.filter(learner=learner).update(
        created_at=timezone.now() - timedelta(days=3)
    )
    assert_summary_matches()
    profiles.delete_profile(learner)
    assert assert_summary_matches()[0].reached == 0


def test_a_young_members_vneid_counts_from_the_year_they_are_fifteen(commune):  # noqa: F811
    young = member(commune["lan_household"], "Trần Văn Nhỏ", timezone.localdate().year - 14)
    visit(commune["trainer_a"], commune["lan_household"], [young], ["vneid-level-2"])
    assert assert_summary_matches()[0].vneid == 0
    adult = member(commune["west_household"], "Lê Thị Lớn", None)
    visit(commune["trainer_b"], commune["west_household"], [adult], ["vneid-level-2"])
    assert assert_summary_matches()[1].vneid == 1


def province(communes: int, households: int) -> None:
    """``communes`` communes of two villages, ``households`` households each visited."""
    from tests.community.factories import trainer

    for c in range(communes):
        place = Commune.objects.create(name=f"Xã Thử {c}")
        villages = [VillageFactory(name=f"Thôn {c}-{n}", commune=place) for n in range(2)]
        user = trainer(f"tnt-{c}", villages)
        for n in range(households):
            household = HouseholdFactory(village=villages[n % 2])
            person = member(household, f"Người Thử {c} {n}", 1970)
            visit(user, household, [person], ["cashless-payment"])


def test_the_province_view_is_a_row_per_commune_in_flat_queries(client):
    client.force_login(officer())
    counts = {}
    for communes, households in ((2, 2), (5, 8)):
        from django.db import transaction

        sid = transaction.savepoint()
        province(communes, households)
        client.get(reverse("campaign_dashboard:index"))
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("campaign_dashboard:index"))
        counts[communes] = len(queries)
        page = response.content.decode()
        assert "Xã Thử 1" in page and "Thôn 1-0" not in page
        assert "Toàn tỉnh" in page
        transaction.savepoint_rollback(sid)
    assert counts[2] == counts[5], counts
    assert_summary_matches()


def cells(page: str) -> list[tuple[str, list[str]]]:
    """The province table's rows: (the row's heading, its cells' “count / of (percent%)”)."""
    table = page.split('id="campaign-targets"', 1)[1].split("</table>", 1)[0]
    body = table.split("<tbody>", 1)[1]
    rows = []
    for row in body.split("<tr>")[1:]:
        heading = " ".join(re.sub(r"<[^>]+>", " ", row.split("</th>", 1)[0]).split())
        rows.append((heading, re.findall(r"<td>([^<]*)<br>", row)))
    return rows


def shown(counts: Counts, day) -> list[str]:
    return [
        f"{item.figure.count} / {item.figure.of} ({formats.number_format(item.figure.percent, 1)}%)"
        for item in target_figures(Progress.gather(day).targets, counts, day)
    ]


def test_the_province_rows_equal_each_communes_villages_summed(client, commune):  # noqa: F811
    """The province's rows (summed per commune by the database) show what summing each
    commune's villages one by one gives, and what the records give (``first_dates``)."""
    province(3, 4)
    make_digital(commune["trainer_a"], commune["ba_household"], commune["ba"])
    Village.objects.filter(name="Thôn 2-1").update(households=7, residents_15_plus=11)
    progress = Progress.gather()
    day = progress.day
    villages = list(Village.objects.order_by("pk"))
    tallies = village_tallies(villages)
    dates = first_dates()
    rows = commune_areas(progress)
    expected = []
    for row in rows:
        mine = [v for v in villages if v.commune_id == (row.commune.pk if row.commune else None)]
        old = commune_counts(mine, tallies, day)
        assert old == sum((counts_from_dates(v, dates, day) for v in mine), Counts(0, 0))
        assert row.area.counts == old, row.area.name
        assert row.area.figures == target_figures(progress.targets, old, day)
        expected.append((row.area.name, shown(old, day)))
    assert [row.commune for row in rows] == [*Commune.objects.order_by("name"), None]
    whole = commune_counts(villages, tallies, day)
    assert progress.commune_area("x").counts == whole
    assert whole.reached > 0 and whole.online_and_cashless > 0 and whole.households > 0

    client.force_login(commune["officer"])
    page = client.get(reverse("campaign_dashboard:index")).content.decode()
    assert cells(page) == [("Toàn tỉnh", shown(whole, day)), *expected]
