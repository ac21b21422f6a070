"""Installable and offline (issue 11): manifest and icons, the service worker and its budget,
the list a phone downloads to keep a lesson or a topic, and nothing personal kept."""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from PIL import Image

from lessons.models import LessonPage, TopicPage
from portal import offline
from tests.learners.helpers import make_profile

pytestmark = pytest.mark.django_db

JS_BUDGET = 8 * 1024  # all JavaScript of the site, gzip (DESIGN.md)
JS_FOLDER = Path(settings.BASE_DIR) / "static" / "js"


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


# The manifest --------------------------------------------------------------------------------


def test_the_manifest_names_the_portal_in_vietnamese_and_opens_full_screen(client, lesson):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert data["lang"] == "vi" and data["start_url"] == "/" and data["display"] == "standalone"
    assert "Bình dân học vụ số" in data["name"] and data["short_name"] == "Học vụ số"
    assert len(data["short_name"]) <= 12  # what a launcher shows under the icon
    brand = re.search(
        r"--brand:\s*(#[0-9a-f]{6})", (JS_FOLDER.parent / "css/portal.css").read_text()
    )
    assert data["theme_color"] == brand[1]
    html = client.get(lesson.url).content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert f'<meta name="theme-color" content="{brand[1]}">' in html
    assert 'rel="apple-touch-icon" href="/icons/icon-192.png"' in html


def test_the_icons_are_pngs_of_the_sizes_the_manifest_states(client):
    icons = json.loads(client.get("/manifest.webmanifest").content)["icons"]
    seen = set()
    for icon in icons:
        response = client.get(icon["src"])
        assert response.status_code == 200 and response["Content-Type"] == "image/png"
        assert response.content.startswith(b"\x89PNG\r\n\x1a\n")
        image = Image.open(io.BytesIO(response.content))
        assert image.format == "PNG"
        assert f"{image.width}x{image.height}" == icon["sizes"]
        seen.add((icon["sizes"], icon["purpose"]))
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= seen
    maskable = Image.open(io.BytesIO(client.get("/icons/icon-maskable-512.png").content))
    assert maskable.getpixel((2, 2)) == maskable.getpixel((256, 20))  # full bleed, no corner
    assert client.get("/icons/icon-1.png").status_code == 404


# The service worker --------------------------------------------------------------------------


def test_the_worker_is_served_from_the_root_and_never_kept_stale(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    source = response.content.decode()
    head = re.match(r'const VERSION="([0-9a-f]{12})",SHELL=(\[.*?\]);\n', source)
    assert head, source[:200]
    shell = json.loads(head[2])
    assert reverse("offline") in shell and "/static/css/portal.css" in shell
    assert "/static/js/offline.js" in shell
    for part in settings.SERVICE_WORKER_PARTS:
        assert (JS_FOLDER.parent / part).read_text() in source
    for url in shell:
        assert client.get(url).status_code == 200, url


def test_a_new_deploy_changes_the_workers_cache_name(monkeypatch):
    before = offline.worker_source()
    real = offline.static_source
    monkeypatch.setattr(
        offline, "static_source", lambda name: real(name) + (b"/* new */" if "css" in name else b"")
    )
    offline.worker_source.cache_clear()
    try:
        after = offline.worker_source()
    finally:
        offline.worker_source.cache_clear()
    version = re.compile(r'VERSION="(\w+)"')
    assert version.search(before)[1] != version.search(after)[1]


def test_the_worker_asks_no_other_host():
    source = offline.worker_source()
    urls = re.findall(r"""["'`]((?:https?:)?//[^"'`]*)["'`]""", source)
    assert not urls, urls
    assert not re.search(r"importScripts|https?:", source)
    shell = json.loads(re.search(r"SHELL=(\[.*?\]);", source)[1])
    assert all(url.startswith("/") and not url.startswith("//") for url in shell)


def test_all_javascript_fits_the_budget():
    """Every page script under static/js and the worker as served, gzip, at most 8 KB."""
    scripts = [
        path.read_bytes()
        for path in JS_FOLDER.glob("*.js")
        if f"js/{path.name}" not in settings.SERVICE_WORKER_PARTS
    ]
    total = sum(gz(data) for data in scripts) + gz(offline.worker_source().encode())
    print(f"JavaScript, gzip: {total} bytes")
    assert scripts and total <= JS_BUDGET, total


def test_scripts_load_deferred_from_our_own_static_files(client, lesson):
    html = client.get(lesson.url).content.decode()
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts
    for tag in scripts:
        assert re.fullmatch(r'<script src="/static/js/[\w.-]+\.js" defer>', tag), tag
    assert not re.search(r"<[a-z]+\s[^>]*\son[a-z]+=", html)  # no inline event handlers


# The offline page ----------------------------------------------------------------------------


def test_the_offline_page_is_vietnamese_with_the_kept_lessons_list(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    html = client.get("/offline/").content.decode()
    assert "Không có mạng" in html and 'lang="vi"' in html
    assert 'data-kept-list="all"' in html and "<template>" in html


# What a phone keeps --------------------------------------------------------------------------


def bundle(client, page, **query):
    response = client.get(reverse("offline_bundle", args=[page.pk]), query)
    assert response.status_code == 200
    return json.loads(response.content)


def test_a_topics_bundle_lists_its_lessons_their_handouts_and_true_sizes(client):
    topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")
    data = bundle(client, topic, vw=360, dpr=2)
    items = dict(data["items"])
    lessons = LessonPage.objects.child_of(topic).live()
    assert data["url"] == topic.url and data["title"] == topic.title
    assert topic.url in items
    for lesson in lessons:
        assert lesson.url in items and lesson.url + "in/" in items
    assert "/static/css/portal.css" in items and "/static/css/print.css" in items
    assert data["bytes"] == sum(items.values())
    # Each size is what the phone will download (the pages as this phone sees them).
    for url, size in items.items():
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert response.status_code == 200, url
        assert len(body) == size, url
    pictures = [url for url in items if url.startswith("/media/images/")]
    assert pictures and not any("width-320" in url for url in pictures)


def test_pictures_are_those_of_the_phones_screen(client, lesson):
    sharp = [u for u, _ in bundle(client, lesson, vw=360, dpr=2)["items"] if "/media/images/" in u]
    plain = [u for u, _ in bundle(client, lesson, vw=360, dpr=1)["items"] if "/media/images/" in u]
    # Step pictures: 640 px wide for a 2x screen, 320 for a 1x one (handouts print at 640).
    assert any("width-640" in u for u in sharp) and not any("width-320" in u for u in sharp)
    assert any("width-320" in u for u in plain)


def test_videos_are_listed_apart_with_their_size(client):
    with_video = next(
        page
        for page in LessonPage.objects.live().filter(locale__language_code="vi")
        if any(block.block_type == "video" for block in page.body)
    )
    data = bundle(client, with_video)
    assert data["videos"] and data["video_bytes"] > 0
    items = dict(data["items"])
    assert not any(url.endswith((".mp4", ".webm")) for url in items)


def test_only_lessons_and_topics_have_a_bundle(client, home, quiz):
    for page in (home, quiz):
        assert client.get(reverse("offline_bundle", args=[page.pk])).status_code == 404
    assert client.get(reverse("offline_bundle", args=[10**9])).status_code == 404


def test_the_save_box_is_hidden_until_the_script_shows_it(client, lesson):
    html = client.get(lesson.url).content.decode()
    box = re.search(r'<div class="offline-save"[^>]*>', html)[0]
    assert " hidden" in box and reverse("offline_bundle", args=[lesson.pk]) in box
    assert "Lưu để xem khi không có mạng" in html


# Nothing personal is kept --------------------------------------------------------------------


def test_personal_parts_of_a_public_page_are_marked_for_the_worker_to_leave_out(client, lesson):
    make_profile(client)
    html = client.get(lesson.url).content.decode()
    personal = re.findall(r"<!--personal-->.*?<!--/personal-->", html, re.S)
    assert any("csrfmiddlewaretoken" in part for part in personal)
    outside = re.sub(r"<!--personal-->.*?<!--/personal-->", "", html, flags=re.S)
    assert "csrfmiddlewaretoken" not in outside and 'class="done-box"' not in outside


def test_learners_pages_are_never_kept(client):
    make_profile(client)
    assert "no-store" in client.get(reverse("learners:index"))["Cache-Control"]


def test_signing_out_and_switching_ask_the_page_to_clear_personal_caches(client):
    learner = make_profile(client, pin="2468")
    page = client.get(reverse("learners:index")).content.decode()
    assert "data-clear-personal" not in page and 'data-kept-list="saved"' in page
    client.post(reverse("learners:sign_out"))
    after = client.get(reverse("learners:index")).content.decode()
    assert re.search(r"<body[^>]*data-clear-personal", after)
    assert not re.search(
        r"<body[^>]*data-clear-personal", client.get(reverse("learners:index")).content.decode()
    )
    other = Client()
    make_profile(other, name="Lê Thị Hai", pin="1357")
    other.post(reverse("learners:sign_in"), {"code": learner.code, "pin": "2468"})
    other.get(reverse("learners:index"))
    hai = next(
        iter(re.findall(r"nguoi=(\d+)", other.get(reverse("learners:index")).content.decode()))
    )
    switched = other.post(reverse("learners:switch") + f"?nguoi={hai}", {"pin": "1357"})
    assert switched.status_code == 302
    assert re.search(
        r"<body[^>]*data-clear-personal", other.get(reverse("learners:index")).content.decode()
    )


def test_a_page_behind_a_restriction_is_private_so_no_phone_keeps_it(admin_client, lesson):
    from wagtail.models import PageViewRestriction

    assert "private" not in admin_client.get(lesson.url).get("Cache-Control", "")
    PageViewRestriction.objects.create(
        page=lesson.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    for url in (lesson.url, lesson.url + "in/", lesson.get_parent().url):
        response = admin_client.get(url)
        assert response.status_code == 200 and "private" in response["Cache-Control"], url
