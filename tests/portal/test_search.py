"""Search finds lessons whether or not the visitor typed accents, on every database."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from core.models import SearchSynonym
from core.search import fold, search_terms
from lessons.models import LessonPage
from portal.views import search_pages

pytestmark = pytest.mark.django_db


def search_url(language: str = "vi") -> str:
    with translation.override(language):
        return reverse("search")


def titles(query: str) -> list[str]:
    return [page.title for page in search_pages(query)]


def test_fold_removes_accents_and_turns_d_bar_into_d():
    assert fold("Lừa ĐẢO đăng nhập") == "lua dao dang nhap"
    assert fold("dichvucong.gov.vn/tra-cuu") == "dichvucong gov vn tra cuu"
    assert search_terms("  Lừa đảo!! lừa  ") == ["lua", "dao"]
    assert search_terms("😀 ' \" * -- ;") == []


def test_scam_lessons_are_found_without_accents():
    found = titles("lua dao")
    scam = LessonPage.objects.filter(
        locale__language_code="vi", url_path__contains="/phong-chong-lua-dao/"
    ).live()
    assert scam.count() >= 3
    assert {lesson.title for lesson in scam} <= set(found)
    assert all("lừa đảo" in title.lower() for title in found[:3])


def test_accented_and_plain_queries_give_the_same_results():
    assert titles("lừa đảo") == titles("lua dao") == titles("LUA DAO")
    assert titles("đăng nhập VNeID") == titles("dang nhap vneid")


def test_vneid_log_in_lesson_comes_first():
    assert titles("dang nhap vneid")[0] == "Đăng nhập VNeID an toàn"


def test_pages_with_every_word_come_before_pages_with_some():
    both = search_pages("vneid otp")
    assert both
    for page in both:
        assert {"vneid", "otp"} <= set(page.search_text().split()), page.title
    assert len(both) < len(search_pages("vneid"))


def test_a_question_finds_its_lesson_without_every_word():
    # “thế nào” and “tôi” are nowhere near the lesson's words; “còn” and “2g” are.
    found = titles("điện thoại 2g của tôi còn dùng được thế nào")
    assert found[0] == "Điện thoại của tôi còn dùng được không? (từ 2G lên 4G)"
    # No page holds “zqxw”: the other words still find the lesson.
    assert "Kích hoạt tài khoản định danh điện tử VNeID" in titles("kich hoat tai khoan zqxw")[:3]


def test_a_half_typed_word_still_finds_the_lesson():
    assert "Đăng nhập VNeID an toàn" in titles("dang nhap vne")


def test_tags_and_skill_names_are_searched():
    lesson = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")
    # Made-up last word: the demo lessons use "từ", "khóa" and "nguy hiểm" in plain text.
    lesson.tags.add("từ khóa hiếm zqx")
    lesson.save_revision().publish()
    assert titles("tu khoa hiem zqx")[0] == lesson.title
    # “Quản lý danh tính số” is skill 2.6, which the VNeID lessons teach.
    assert lesson.title in titles("danh tinh so")


def test_drafts_and_other_languages_are_not_found():
    lesson = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")
    lesson.unpublish()
    assert lesson.title not in titles("dang nhap vneid")
    assert not titles("logging safely")  # English words, Vietnamese locale


def test_english_search_finds_english_pages(client):
    html = client.get(search_url("en"), {"q": "scam"}).content.decode()
    assert "Protecting yourself from online scams" in html or "scam" in html.lower()
    assert "result" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "a",
        "😀😀😀",
        "' OR 1=1 --",
        '"unterminated',
        "lua* AND NOT (dao",
        "<script>alert(1)</script>",
        "%00%ff",
        "đ" * 5000,
        "lua dao " * 400,
        "-",
        "NEAR(lua dao)",
    ],
)
def test_any_query_gives_a_normal_page(client, query):
    response = client.get(search_url(), {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert 'name="q"' in html


@pytest.mark.parametrize("query", ["\x00", "lua\x00dao"])
def test_a_nul_character_gets_a_vietnamese_400(client, query):
    # No keyboard types one; no database column may even be compared with one.
    response = client.get(search_url(), {"q": query})
    assert response.status_code == 400
    assert "Không đọc được yêu cầu" in response.content.decode()


def test_long_query_is_cut_with_a_message(client):
    html = client.get(search_url(), {"q": "lua dao " * 100}).content.decode()
    assert "chỉ dùng 200 ký tự đầu tiên" in html


def test_results_page_shows_count_and_links(client):
    html = client.get(search_url(), {"q": "lua dao"}).content.decode()
    assert "kết quả cho “lua dao”" in html
    lesson = LessonPage.objects.get(
        slug="lua-dao-gia-danh-cong-an-vneid", locale__language_code="vi"
    )
    assert f'href="{lesson.url}"' in html


def test_bad_page_number_falls_back_to_the_first_page(client):
    for value in ("abc", "999", "-1"):
        assert client.get(search_url(), {"q": "vneid", "trang": value}).status_code == 200


def test_nothing_found_explains_what_to_try(client):
    html = client.get(search_url(), {"q": "zzzzqqq"}).content.decode()
    assert "Không tìm thấy bài nào" in html


def test_a_one_letter_slip_finds_the_lesson_and_offers_the_right_word(client):
    html = client.get(search_url(), {"q": "dang nhap vnied"}).content.decode()
    assert "Có phải bạn muốn tìm:" in html
    assert 'href="?q=dang%20nhap%20VNeID"' in html
    lesson = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")
    assert f'href="{lesson.url}"' in html
    # A word the lessons hold is never “corrected”.
    html = client.get(search_url(), {"q": "dang nhap vneid"}).content.decode()
    assert "Có phải bạn muốn tìm" not in html


def test_the_seeded_synonyms_cover_what_villagers_type():
    terms = {fold(term) for term in SearchSynonym.objects.values_list("term", flat=True)}
    assert len(terms) >= 20
    assert {"cccd", "cmnd", "chatgpt", "qr code", "otp", "dvc", "chuyen tien", "bhyt"} <= terms


def test_an_editors_new_synonym_is_used_at_once():
    assert not titles("zqxv")
    SearchSynonym.objects.create(term="ZQXV", meaning="xyz, định danh điện tử")
    assert titles("zqxv")[0] == "Kích hoạt tài khoản định danh điện tử VNeID"


def test_a_published_change_is_found_at_once():
    lesson = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")
    assert lesson.title not in titles("qwxyzk")
    lesson.summary = f"{lesson.summary} qwxyzk"
    lesson.save_revision().publish()
    assert titles("qwxyzk") == [lesson.title]


def test_a_lesson_is_found_by_its_topics_words():
    # “Thanh toán không dùng tiền mặt” is the topic's title; the lesson never says “tiền mặt”.
    found = titles("tien mat")
    assert found[0] == "Thanh toán không dùng tiền mặt"
    assert "Trả tiền bằng mã VietQR" in found


def test_editors_keep_the_synonyms_in_the_admin(client):
    admin = get_user_model().objects.create_superuser("boss", password="pw-boss-123")
    client.force_login(admin)
    listing = reverse("wagtailsnippets_core_searchsynonym:list")
    html = client.get(listing).content.decode()
    assert "Từ đồng nghĩa khi tìm kiếm" in html
    assert "cccd" in html
    response = client.post(
        reverse("wagtailsnippets_core_searchsynonym:add"),
        {"term": "CCCD", "meaning": "thẻ căn cước"},
    )
    assert "Từ này đã có một dòng" in response.content.decode()
    response = client.post(
        reverse("wagtailsnippets_core_searchsynonym:add"), {"term": "bhtn", "meaning": "bảo hiểm"}
    )
    assert response.status_code == 302
    assert SearchSynonym.objects.filter(term="bhtn").exists()
