import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from core.i18n import in_active_locale
from skills.models import Level, Skill, SkillArea

# The framework comes with the database (a migration): no demo content is needed.
pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


def test_framework_is_seeded_in_both_languages():
    for code in ("vi", "en"):
        assert SkillArea.objects.filter(locale__language_code=code).count() == 7
        assert Skill.objects.filter(locale__language_code=code).count() == 26
        assert Level.objects.filter(locale__language_code=code).count() == 8
    skill = Skill.objects.get(code="4.2", locale__language_code="vi")
    assert skill.name == "Bảo vệ dữ liệu cá nhân và quyền riêng tư"
    assert skill.area.code == "4"
    english = skill.get_translation(Locale.objects.get(language_code="en"))
    assert english.name == "Protecting personal data and privacy"
    assert english.area.locale.language_code == "en"


def test_required_skills_are_flagged_in_both_languages():
    required = set(
        Skill.objects.filter(required_for_basic=True, locale__language_code="vi").values_list(
            "code", flat=True
        )
    )
    assert {"0.1", "2.6", "4.2"} <= required
    assert "3.4" not in required  # programming is not part of the basic level
    assert required == set(
        Skill.objects.filter(required_for_basic=True, locale__language_code="en").values_list(
            "code", flat=True
        )
    )


def test_in_active_locale_swaps_to_english(settings):
    from django.utils import translation

    skills = list(Skill.objects.filter(locale__language_code="vi", code__in=["2.6", "4.2"]))
    with translation.override("en"):
        names = [skill.name for skill in in_active_locale(skills)]
    assert names == ["Managing digital identity", "Protecting personal data and privacy"]
    assert in_active_locale([]) == []


def test_skills_are_listed_in_the_admin_with_filters(client):
    admin = get_user_model().objects.create_superuser("boss", password="pw-boss-123")
    client.force_login(admin)
    listing = reverse("wagtailsnippets_skills_skill:list")
    response = client.get(listing, {"required_for_basic": "True"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Quản lý danh tính số" in html  # 2.6 is required
    assert "Lập trình" not in html  # 3.4 is not
    response = client.get(listing, {"q": "riêng tư"})
    assert "Bảo vệ dữ liệu cá nhân và quyền riêng tư" in response.content.decode()
