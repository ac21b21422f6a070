"""An officer on the office PC: signs in to the admin, reads the campaign's progress, narrows it
to a village, imports the villages' list (preview, then confirm) and opens the quarterly
report; axe finds no violation in the dashboard's own content."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import new_page

OFFICE_PC = {"viewport": {"width": 1280, "height": 900}, "locale": "vi-VN"}
PASSWORD = "mat-khau-can-bo-trinh-duyet-2026"
VILLAGE = "Thôn Trình Duyệt"


@pytest.fixture(scope="module")
def officer_account(demo_site, django_db_blocker) -> str:
    """An officer, a village with its trainer and a household visited once, committed to the
    seeded test database that the server reads (browser tests never use ``db``).

    Made in a thread of its own: Playwright's sync API keeps an event loop in this one, where
    Django refuses database calls.
    """
    from concurrent.futures import ThreadPoolExecutor

    with django_db_blocker.unblock(), ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_make_officer).result()


def _make_officer() -> str:
    from django.db import connection

    try:
        return _records()
    finally:
        connection.close()


def _records() -> str:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from community import services
    from community.campaign import OFFICERS_GROUP, TRAINERS_GROUP
    from community.models import Household, Outcome, TrainerProfile
    from places.models import Village

    users = get_user_model()
    if True:
        officer, _ = users.objects.get_or_create(username="canbo-trinh-duyet")
        officer.set_password(PASSWORD)
        officer.is_staff = True
        officer.save()
        officer.groups.add(Group.objects.get(name=OFFICERS_GROUP))
        village, _ = Village.objects.get_or_create(
            name=VILLAGE, defaults={"households": 120, "residents_15_plus": 300}
        )
        trainer, _ = users.objects.get_or_create(username="tnt-trinh-duyet")
        trainer.groups.add(Group.objects.get(name=TRAINERS_GROUP))
        profile, _ = TrainerProfile.objects.get_or_create(user=trainer)
        profile.villages.add(village)
        if not Household.objects.filter(display_name="Hộ ông Trình Duyệt").exists():
            household, _ = services.create_household(
                trainer,
                client_id=uuid.uuid4(),
                village=village,
                display_name="Hộ ông Trình Duyệt",
                consented_on=date(2025, 10, 20),
                has_smartphone_online=True,
            )
            person = services.add_member(trainer, household, "Trình Văn Duyệt", "2468", 1960)
            cashless = Outcome.objects.get(code="cashless-payment", locale__language_code="vi")
            services.record_visit(
                trainer,
                services.VisitForm(
                    client_id=uuid.uuid4(),
                    household=household,
                    visited_on=date.today(),
                    present=(person.pk,),
                    outcomes=((person.pk, cashless.pk),),
                ),
            )
    return officer.username


@pytest.fixture
def office(live_url, officer_account, browser):
    context, page = new_page(browser, live_url, **OFFICE_PC)
    page.goto("/admin/login/")
    page.fill("input[name=username]", officer_account)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    yield page
    context.close()


def test_an_officer_reads_the_dashboard_and_narrows_it_to_a_village(office):
    assert office.get_by_text("Chiến dịch số: toàn xã").is_visible()
    office.goto("/admin/campaign/dashboard/")
    assert office.get_by_role("heading", name="Chỉ tiêu của toàn xã và từng thôn").is_visible()
    chart = office.locator("svg.campaign-chart")
    assert chart.is_visible() and chart.locator("polyline").count() == 4
    office.select_option("#id_thon", label=VILLAGE)
    office.get_by_role("button", name="Xem").click()
    office.wait_for_url("**thon=**")
    assert office.get_by_role("heading", name=VILLAGE, exact=True).is_visible()
    assert office.get_by_role("link", name="Hộ ông Trình Duyệt").count() >= 1
    results = Axe().run(office, context="main .nice-padding")
    assert not results.response["violations"], results.generate_report()


def test_an_officer_imports_villages_after_a_preview(office, tmp_path):
    name = f"Tổ dân phố {uuid.uuid4().hex[:6]}"
    upload = tmp_path / "thon.csv"
    upload.write_text(
        f"name,kind,households,residents_15_plus\n{name},tổ dân phố,80,210\n", encoding="utf-8"
    )
    office.goto("/admin/campaign/villages/import/")
    office.set_input_files("input[type=file]", str(upload))
    office.get_by_role("button", name="Kiểm tra tệp").click()
    preview = office.locator("#import-preview")
    preview.wait_for()
    assert preview.get_by_text(name).is_visible()
    assert preview.get_by_text("mới", exact=True).is_visible()
    office.get_by_role("button", name="Xác nhận nhập").click()
    office.wait_for_url("**/admin/campaign/villages/")
    assert office.get_by_role("link", name=name).is_visible()


def test_an_officer_downloads_the_quarterly_report(office):
    office.goto("/admin/campaign/report/")
    assert office.get_by_text("Toàn xã").first.is_visible()
    with office.expect_download() as download:
        office.evaluate("location.href = '/admin/campaign/report/?export=xlsx'")
    assert download.value.suggested_filename.endswith(".xlsx")
