"""The demo content: complete, correct in shape, and re-runnable without duplicates."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation
from wagtailmedia.models import get_media_model

from community.models import (
    Household,
    Member,
    Mentorship,
    OutcomeSeen,
    Problem,
    Recognition,
    TrainerProfile,
    Visit,
)
from demo.builder import all_topics
from home.models import HomePage
from learners.models import Learner, LessonCompletion
from lessons.models import LessonPage, TopicPage
from places.models import Village
from portal.models import CommuneSettings

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "media": get_media_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "translations": Translation.objects.count(),
        "revisions": sum(page.revisions.count() for page in LessonPage.objects.all()),
        # the demo commune
        "villages": Village.objects.count(),
        "households": Household.objects.count(),
        "members": Member.objects.count(),
        "learners": Learner.objects.count(),
        "visits": Visit.objects.count(),
        "outcomes seen": OutcomeSeen.objects.count(),
        "completions": LessonCompletion.objects.count(),
        "problems": Problem.objects.count(),
        "recognitions": Recognition.objects.count(),
        "mentorships": Mentorship.objects.count(),
        "users": get_user_model().objects.count(),
        "trainers": TrainerProfile.objects.count(),
    }


def test_seed_runs_twice_without_duplicates():
    before = counts()
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert counts() == before
    topics = len(all_topics())
    assert f"[{topics}/{topics}]" in out.getvalue()  # progress is shown
    assert "Demo commune: already there" in out.getvalue()


def test_seed_update_rewrites_changed_pages_in_place():
    lesson = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")
    lesson.title = "Sửa tay"
    lesson.save_revision().publish()
    pages = Page.objects.count()
    call_command("seed_demo", "--update", stdout=StringIO())
    lesson.refresh_from_db()
    assert lesson.title == "Đăng nhập VNeID an toàn"
    assert Page.objects.count() == pages


def test_site_root_is_the_vietnamese_home_page():
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "vi"
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_demo_has_enough_topics_and_lessons():
    topics = TopicPage.objects.filter(locale__language_code="vi").live()
    lessons = LessonPage.objects.filter(locale__language_code="vi").live()
    assert topics.count() >= 8
    assert lessons.count() >= 20
    for topic in topics:
        assert topic.image_id, topic.title
        assert 2 <= LessonPage.objects.child_of(topic).count() <= 4, topic.title


def test_every_lesson_is_complete():
    for lesson in LessonPage.objects.filter(locale__language_code="vi"):
        steps = [b.value for b in lesson.body if b.block_type == "step"]
        assert 3 <= len(steps) <= 7, lesson.title
        assert all(step["image"] and step["alt"].strip() for step in steps), lesson.title
        assert any(b.block_type == "callout" for b in lesson.body), lesson.title
        assert lesson.skills.exists() and lesson.tags.exists() and lesson.audiences, lesson.title
        assert lesson.level and lesson.hero_image and lesson.summary, lesson.title


def test_one_lesson_has_the_captioned_video():
    lesson = LessonPage.objects.get(slug="kich-hoat-tai-khoan-vneid", locale__language_code="vi")
    video = next(b.value for b in lesson.body if b.block_type == "video")
    assert video["video"].file.name.endswith(".mp4") and video["video"].file.size > 10_000
    assert video["captions"].file.read().startswith(b"WEBVTT")
    assert video["poster"]


def test_home_and_two_topics_are_translated_with_their_lessons():
    assert HomePage.objects.filter(locale__language_code="en").live().exists()
    topics = TopicPage.objects.filter(locale__language_code="en").live()
    assert topics.count() >= 2
    for topic in topics:
        source = topic.get_translation(Locale.get_default())
        assert topic.title != source.title
        assert (
            LessonPage.objects.child_of(topic).live().count()
            == LessonPage.objects.child_of(source).count()
        )
    english = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="en")
    steps = [b.value for b in english.body if b.block_type == "step"]
    assert steps and all(step["title"].isascii() or "“" in step["title"] for step in steps)
    assert english.url == "/en/vneid/dang-nhap-vneid/"


def test_commune_settings_are_filled_in():
    settings = CommuneSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.commune_name and settings.hotline and settings.support_address
