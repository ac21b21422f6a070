"""What villagers really type, and the lesson each should find among the first three results.

The table runs on whichever database the suite runs on (SQLite by default, PostgreSQL with
``DATABASE_URL``); the search must give the same answers on both.
"""

import pytest
from django.utils import translation

from portal.views import search_pages

pytestmark = pytest.mark.django_db

SCAMS = (
    "phong-chong-lua-dao",
    "lua-dao-gia-danh-cong-an-vneid",
    "lua-dao-gia-nhan-vien-ngan-hang-ma-otp",
    "lua-dao-nguoi-than-gap-nan-deepfake",
    "lua-dao-duong-link-trung-thuong-hoan-tien",
)

# (query, slug of the page expected among the first three results, or a tuple of pages any of
# which is a right answer)
VIETNAMESE = [
    # Words written together, apart or with a hyphen
    ("wifi", "dien-thoai-ket-noi-wifi-du-lieu-di-dong"),
    ("wi fi", "dien-thoai-ket-noi-wifi-du-lieu-di-dong"),
    ("Wi-Fi", "dien-thoai-ket-noi-wifi-du-lieu-di-dong"),
    ("kết nối wifi", "dien-thoai-ket-noi-wifi-du-lieu-di-dong"),
    ("vne id", "cai-dat-ung-dung-vneid"),
    ("dang nhap vne id", "dang-nhap-vneid"),
    ("ispeed", "i-speed-cai-dat-va-do-toc-do"),
    # Abbreviations and everyday names (the seeded synonyms)
    ("cccd", "cap-nhat-sinh-trac-hoc-ngan-hang"),
    ("cmnd", "cap-nhat-sinh-trac-hoc-ngan-hang"),
    ("chatgpt", "ai-hoi-dap-voi-chatbot"),
    ("hỏi chatgpt", "ai-hoi-dap-voi-chatbot"),
    ("qr code", "tra-tien-bang-ma-vietqr"),
    ("thanh toan qr", "tra-tien-bang-ma-vietqr"),
    ("quét mã qr trả tiền", "tra-tien-bang-ma-vietqr"),
    ("otp", "lua-dao-gia-nhan-vien-ngan-hang-ma-otp"),
    ("dvc", "dang-nhap-cong-dich-vu-cong-quoc-gia"),
    ("bhyt", "the-bhyt-tren-vneid"),
    ("mua hang online", "mua-hang-truc-tuyen-an-toan"),
    ("bán hàng online", "dang-ban-nong-san-qua-mang"),
    ("điện thoại bị treo", "dien-thoai-bi-do-khoi-dong-lai"),
    ("gia mao cong an", "lua-dao-gia-danh-cong-an-vneid"),
    # One-letter slips
    ("vneld", "cai-dat-ung-dung-vneid"),
    ("dang nhap vnied", "dang-nhap-vneid"),
    ("deepfak", "ai-nhan-biet-giong-noi-video-gia-deepfake"),
    ("sinh trac hox", "cap-nhat-sinh-trac-hoc-ngan-hang"),
    # Whole questions
    ("lam sao de kich hoat tai khoan dinh danh muc 2", "kich-hoat-tai-khoan-vneid"),
    ("làm sao để cài vneid", "cai-dat-ung-dung-vneid"),
    ("cách nộp hồ sơ trực tuyến như thế nào", "nop-ho-so-dich-vu-cong-truc-tuyen"),
    ("tôi muốn tra cứu hồ sơ", "tra-cuu-ho-so-dich-vu-cong"),
    ("gặp lừa đảo thì báo ở đâu", "gap-chuyen-bat-thuong-bao-o-dau"),
    ("làm thế nào để chuyển khoản bằng mã qr", "tra-tien-bang-ma-vietqr"),
    ("cach goi video cho con bang zalo", "dien-thoai-goi-video-cho-nguoi-than"),
    ("điện thoại 2g còn dùng được không", "dien-thoai-2g-len-4g"),
    ("lam sao tham gia nhom zalo cua thon", "zalo-tham-gia-nhom-thon"),
    # Everyday words, accented and not
    ("chuyen tien", "tra-tien-bang-ma-vietqr"),
    ("lừa đảo", SCAMS),
    ("ma otp ngan hang", "lua-dao-gia-nhan-vien-ngan-hang-ma-otp"),
    ("chữ ký số", "chu-ky-so-tren-vneid"),
    ("bao hiem y te", "the-bhyt-tren-vneid"),
    ("ch play", "dien-thoai-cai-ung-dung-ch-play-app-store"),
    ("trí tuệ nhân tạo", "tri-tue-nhan-tao"),
    ("mạng chậm", "i-speed-doc-ket-qua-khi-mang-cham"),
    ("do toc do mang", "i-speed-cai-dat-va-do-toc-do"),
    ("shipper gia", "giao-hang-nhan-tien-an-toan"),
    ("family link", "gioi-han-thoi-gian-dien-thoai-cua-chau"),
    ("phản ánh kiến nghị", "gui-phan-anh-kien-nghi-vneid-dich-vu-cong"),
    ("binh dan hoc vu so", "hoc-tren-nen-tang-binh-dan-hoc-vu-so"),
    ("trung thuong", "lua-dao-duong-link-trung-thuong-hoan-tien"),
    ("chu to", "dien-thoai-nut-bam-sac-pin-co-chu"),
    ("dien thoai bi do", "dien-thoai-bi-do-khoi-dong-lai"),
]

ENGLISH = [
    ("scam", SCAMS),
    ("online scams", "phong-chong-lua-dao"),
    ("scams", SCAMS),
    ("fake police", "lua-dao-gia-danh-cong-an-vneid"),
    ("otp code", "lua-dao-gia-nhan-vien-ngan-hang-ma-otp"),
    ("how do i activate vneid", "kich-hoat-tai-khoan-vneid"),
    ("selling online", "dang-ban-nong-san-qua-mang"),
]


def first_three(query: str, language: str) -> list[str]:
    with translation.override(language):
        return [page.slug for page in search_pages(query)[:3]]


def expected(slug: str | tuple[str, ...]) -> set[str]:
    return {slug} if isinstance(slug, str) else set(slug)


@pytest.mark.parametrize(("query", "slug"), VIETNAMESE)
def test_vietnamese_query_finds_the_lesson(query, slug):
    assert expected(slug) & set(first_three(query, "vi"))


@pytest.mark.parametrize(("query", "slug"), ENGLISH)
def test_english_query_finds_the_lesson(query, slug):
    assert expected(slug) & set(first_three(query, "en"))


def test_the_table_is_big_enough():
    assert len(VIETNAMESE) + len(ENGLISH) >= 40


def test_sending_money_does_not_put_a_scam_first():
    assert first_three("chuyen tien", "vi")[0] not in SCAMS
    assert first_three("chuyển tiền", "vi")[0] == "tra-tien-bang-ma-vietqr"
