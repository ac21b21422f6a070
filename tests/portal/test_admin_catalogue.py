"""The override catalogue (locale_overrides/) completes and fixes Wagtail's, wagtail-localize's
and wagtailmedia's Vietnamese: the words editors and officers meet most often."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, ngettext

pytestmark = pytest.mark.own_data

# msgid -> what a Vietnamese editor reads.
KEY_MESSAGES = {
    "Sign in to Wagtail": "Đăng nhập trang quản trị",
    "Sign in": "Đăng nhập",
    "Forgotten password?": "Quên mật khẩu?",
    "Enter your %(username_field_name)s": "Nhập %(username_field_name)s của bạn",
    "Your %(username_field)s and password didn't match. Please try again.": (
        "%(username_field)s hoặc mật khẩu không đúng. Vui lòng thử lại."
    ),
    "Save draft": "Lưu nháp",
    "Publish": None,
    "Submit to %(workflow_name)s": None,
    "Request changes": "Yêu cầu sửa",
    "%(label)s and Publish": "%(label)s và xuất bản",
    "Resubmit to %(task_name)s": "Gửi lại cho bước %(task_name)s",
    "Preview": None,
    "History": "Lịch sử",
    "Actions": "Thao tác",
    "More actions": "Thao tác khác",
    "Bulk actions": "Thao tác hàng loạt",
    "Choose %(object)s": "Chọn %(object)s",
    "Choose another %(object)s": "Chọn %(object)s khác",
    "Choose a page": None,
    "Choose an image": None,
    "Choose another image": "Chọn ảnh khác",
    "Choose a document": None,
    "Choose a media item": "Chọn video hoặc âm thanh",
    "Snippets": "Mục dùng chung",
    "Images": "Ảnh",
    "Documents": "Tài liệu",
    "Media": None,  # our own catalogue names it too, and wins
    "Reports": "Báo cáo",
    "Settings": None,
    "Help": "Trợ giúp",
    "Log out": "Đăng xuất",
    "Account": None,
    "Dashboard": None,
    "Search": None,
    "Search…": "Tìm kiếm…",
    "Filter": "Lọc",
    "Show filters": "Hiện bộ lọc",
    "Sort by": "Sắp xếp theo",
    "Previous": None,
    "Next": None,
    "Page %(page_number)s of %(num_pages)s.": "Trang %(page_number)s / %(num_pages)s.",
    "Locale": None,
    "Live": "Đang xuất bản",
    "Draft saved": "Đã lưu nháp",
    "Awaiting your review": "Đang chờ bạn duyệt",
    "Your pages and snippets in a workflow": "Trang và mục dùng chung của bạn đang trong quy trình duyệt",
    "Workflow tasks": "Các bước duyệt",
    "Add child page": "Thêm trang con",
    "Skip to main content": "Chuyển đến nội dung chính",
    "Toggle side panel": "Hiện/ẩn bảng bên",
    "Translate this page": "Dịch trang này",
    "Sync translated pages": "Đồng bộ các trang đã dịch",
    "Add audio or video": "Thêm âm thanh hoặc video",
    "Upload Video": "Tải lên video",
}
# Joins the packages' own catalogue got wrong: a placeholder glued to the next word.
BROKEN_UPSTREAM = ["Enter your %(username_field_name)s", "%(label)s and Publish"]


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


def test_the_override_folder_comes_after_our_own_catalogue():
    paths = [Path(path) for path in settings.LOCALE_PATHS]
    assert paths == [settings.BASE_DIR / "locale", settings.BASE_DIR / "locale_overrides"]
    assert (paths[1] / "vi" / "LC_MESSAGES" / "django.mo").exists(), "run make messages"


@pytest.mark.parametrize(("msgid", "expected"), KEY_MESSAGES.items())
def test_key_admin_words_are_vietnamese(msgid, expected):
    text = gettext(msgid)
    assert text != msgid, msgid
    if expected is not None:
        assert text == expected


@pytest.mark.parametrize("msgid", BROKEN_UPSTREAM)
def test_broken_upstream_joins_are_fixed(msgid):
    text = gettext(msgid) % {"username_field_name": "tên đăng nhập", "label": "Duyệt"}
    assert "nhậpcủa" not in text and "Duyệtvà" not in text
    assert text in {"Nhập tên đăng nhập của bạn", "Duyệt và xuất bản"}


def test_plurals_use_the_one_vietnamese_form():
    assert ngettext("%(count)s image", "%(count)s images", 3) % {"count": 3} == "3 ảnh"
    assert ngettext("Publish 1 page", "Publish %(counter)s pages", 2) % {"counter": 2} == (
        "Xuất bản 2 trang"
    )


def test_the_catalogues_are_built_from_vi_json():
    """locale_overrides/build.py checks every msgid, context, plural and placeholder against
    the installed packages and rewrites the .po files; nothing may be left over or differ."""
    folder = settings.BASE_DIR / "locale_overrides"
    before = {path: path.read_bytes() for path in folder.glob("vi/LC_MESSAGES/*.po")}
    result = subprocess.run(  # noqa: S603 (our own script, run with this Python)
        [sys.executable, str(folder / "build.py")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "still broken upstream 0" in result.stdout
    after = {path: path.read_bytes() for path in folder.glob("vi/LC_MESSAGES/*.po")}
    assert after == before, "vi.json changed: run locale_overrides/build.py and commit the .po"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "msgid", "expected"),
    [
        ("/admin/jsi18n/", "Autosave in progress…", "Đang tự động lưu…"),
        ("/admin/jsi18n/", "Main menu", "Trình đơn chính"),
        ("/admin/localize/jsi18n/", "Download PO file", "Tải về tệp PO"),
    ],
)
def test_the_admin_javascript_reads_the_overrides_too(client, url, msgid, expected):
    import json
    import re

    from tests.portal.factories import UserFactory

    client.force_login(UserFactory(username="bientap-js", groups=["Editors"]))
    script = client.get(url, HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))
    assert catalogue[msgid] == expected
