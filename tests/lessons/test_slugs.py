"""Pages get short ASCII slugs (đ becomes d) however they are made: the admin's form with or
without JavaScript, code, a copy."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.slugs import ascii_slug
from lessons.models import LessonPage
from tests.lessons.factories import LessonPageFactory, TopicPageFactory
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Lấy lại mật khẩu VNeID đã quên", "lay-lai-mat-khau-vneid-da-quen"),
        ("Đăng ký", "dang-ky"),
        ("ĐỔI MẬT KHẨU Zalo!", "doi-mat-khau-zalo"),
        ("lấy-lại-mật-khẩu", "lay-lai-mat-khau"),
        ("  Wi-Fi   công cộng: có an toàn? ", "wi-fi-cong-cong-co-an-toan"),
    ],
)
def test_ascii_slug(text, slug):
    assert ascii_slug(text) == slug


def test_a_long_title_is_cut_at_a_word_boundary():
    slug = ascii_slug(
        "Cách kích hoạt tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID "
        "khi đã có căn cước công dân gắn chip"
    )
    assert len(slug) <= 60 and slug.startswith("cach-kich-hoat-tai-khoan")
    assert not slug.endswith("-") and slug.split("-")[-1] in {"dung", "ung", "tren", "vneid"}


def lesson_form(title: str, slug: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Đặt lại mật khẩu bằng số điện thoại đã đăng ký.",
            "duration_minutes": 5,
            "body": streamfield([]),
            "sources": streamfield(
                [
                    (
                        "source",
                        {
                            "title": "Hướng dẫn VNeID",
                            "publisher": "Bộ Công an",
                            "url": "https://vneid.gov.vn/",
                            "published": "",
                        },
                    )
                ]
            ),
            "last_checked": "2026-11-01",
            "audiences": [],
        }
    )


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(username="bientap-slug", groups=["Editors"]))
    return client


@pytest.mark.parametrize(
    ("title", "typed_slug", "slug"),
    [
        ("Lấy lại mật khẩu VNeID đã quên", "", "lay-lai-mat-khau-vneid-da-quen"),
        (
            "Lấy lại mật khẩu VNeID đã quên",
            "lấy-lại-mật-khẩu-vneid-đã-quên",
            "lay-lai-mat-khau-vneid-da-quen",
        ),
        ("Đăng ký", "", "dang-ky"),
        ("Đăng ký", "Đăng-ký", "dang-ky"),
    ],
)
def test_the_admin_page_form_gives_an_ascii_slug(editor_client, title, typed_slug, slug):
    topic = TopicPageFactory(slug="vneid")
    url = reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", topic.pk])
    response = editor_client.post(url, lesson_form(title, typed_slug))
    assert response.status_code == 302, response.context["form"].errors
    lesson = LessonPage.objects.child_of(topic).get()
    assert lesson.slug == slug
    assert lesson.url_path.endswith(f"/vneid/{slug}/")


def test_pages_made_in_code_get_an_ascii_slug():
    topic = TopicPageFactory()
    lesson = topic.add_child(
        instance=LessonPage(title="Đăng ký tài khoản", slug="", summary="Thử.", duration_minutes=3)
    )
    assert lesson.slug == "dang-ky-tai-khoan"
    second = topic.add_child(
        instance=LessonPage(title="Đăng ký tài khoản", slug="", summary="Thử.", duration_minutes=3)
    )
    assert second.slug == "dang-ky-tai-khoan-2"
    accented = LessonPageFactory(parent=topic, title="Thử", slug="đổi-mật-khẩu")
    assert accented.slug == "doi-mat-khau"


def test_a_copy_keeps_an_ascii_slug():
    lesson = LessonPageFactory(title="Gọi video", slug="goi-video")
    copy = lesson.copy(update_attrs={"slug": "gọi-video-bản-sao", "title": "Gọi video (bản sao)"})
    assert copy.slug == "goi-video-ban-sao"


def test_a_published_page_keeps_a_long_ascii_address():
    long_slug = "cach-kich-hoat-tai-khoan-dinh-danh-dien-tu-muc-do-2-tren-ung-dung-vneid"
    lesson = LessonPageFactory(title="Kích hoạt", slug="kich-hoat")
    lesson.slug = long_slug
    lesson.save()
    lesson.title = "Kích hoạt tài khoản"
    lesson.save()
    assert LessonPage.objects.get(pk=lesson.pk).slug == long_slug
    assert len(ascii_slug(long_slug)) <= 60
