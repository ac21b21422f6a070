"""The skills framework in the admin lists one language at a time, Vietnamese first."""

import re

import pytest
from django.urls import reverse

from skills.models import Skill, SkillArea
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="quantri-kynang", is_superuser=True))
    return client


def listed(html: str, model) -> set[str]:
    """The languages of the rows shown (each row links to its object's edit view)."""
    pks = {int(pk) for pk in re.findall(r"/admin/snippets/skills/\w+/edit/(\d+)/", html)}
    return set(model.objects.filter(pk__in=pks).values_list("locale__language_code", flat=True))


@pytest.mark.parametrize(
    ("url_name", "model"),
    [
        ("wagtailsnippets_skills_skill:list", Skill),
        ("wagtailsnippets_skills_skillarea:list", SkillArea),
    ],
)
def test_the_list_shows_vietnamese_then_the_language_picked(admin_client, url_name, model):
    html = admin_client.get(reverse(url_name)).content.decode()
    assert listed(html, model) == {"vi"}
    assert 'name="locale"' in html and 'value="en"' in html  # the switch

    english = admin_client.get(reverse(url_name), {"locale": "en"}).content.decode()
    assert listed(english, model) == {"en"}

    everything = admin_client.get(reverse(url_name), {"locale": ""}).content.decode()
    assert listed(everything, model) == {"vi", "en"}


def test_the_area_filter_offers_the_areas_of_the_language_shown(admin_client):
    html = admin_client.get(reverse("wagtailsnippets_skills_skill:list")).content.decode()
    english_area = SkillArea.objects.filter(locale__language_code="en").first()
    vietnamese_area = SkillArea.objects.filter(locale__language_code="vi").first()
    assert f'value="{vietnamese_area.pk}"' in html
    assert f'value="{english_area.pk}"' not in html


def cells(html: str) -> list[str]:
    return [
        " ".join(re.sub(r"<[^>]+>", " ", cell).split())
        for cell in re.findall(r"<td[^>]*>(.*?)</td>", html, re.S)
    ]


def test_yes_and_no_columns_read_co_and_khong(admin_client):
    html = admin_client.get(reverse("wagtailsnippets_skills_skill:list")).content.decode()
    shown = cells(html)
    assert "Có" in shown and "Không" in shown
    assert "True" not in shown and "False" not in shown


def test_wagtail_boolean_columns_read_co_and_khong(rf):
    from django.template.loader import render_to_string
    from wagtail.admin.ui.tables import BooleanColumn, Table

    rows = [Skill(code="1.1", required_for_basic=True), Skill(code="1.2", required_for_basic=False)]
    table = Table([BooleanColumn("required_for_basic", label="Cơ bản")], rows)
    html = render_to_string(
        "wagtailadmin/tables/table.html", table.get_context_data({"request": rf.get("/")})
    )
    assert [cell.split()[-1] for cell in cells(html)] == ["Có", "Không"]
    assert "True" not in html and "False" not in html
