"""Site settings reach the footer and printouts; production settings fail fast."""

import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from wagtail.models import Site

from portal.models import CommuneSettings

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.fixture
def lesson(tree):
    return tree.lessons[0]


def test_commune_settings_appear_in_footer_and_printout(client, tree, lesson):
    settings = CommuneSettings.for_site(Site.objects.get(is_default_site=True))
    settings.commune_name = "Xã Thử Nghiệm"
    settings.hotline = "0999 888 777"
    settings.support_address = "Nhà văn hóa thôn Đông"
    settings.zalo_group_url = "https://zalo.me/g/thu-nghiem"
    settings.save()
    for url in (tree.home.url, lesson.url):
        html = client.get(url).content.decode()
        assert "Xã Thử Nghiệm" in html and "0999 888 777" in html
        assert "Nhà văn hóa thôn Đông" in html and "https://zalo.me/g/thu-nghiem" in html
        assert 'href="tel:0999888777"' in html
    printout = client.get(lesson.url + lesson.reverse_subpage("print")).content.decode()
    assert "Xã Thử Nghiệm" in printout and "0999 888 777" in printout


def test_empty_settings_hide_their_lines(client, tree):
    settings = CommuneSettings.for_site(Site.objects.get(is_default_site=True))
    settings.hotline = settings.zalo_group_url = settings.support_address = ""
    settings.save()
    response = client.get(tree.home.url)
    html = response.content.decode()
    assert response.status_code == 200 and tree.topic.title in html  # the page of the tree
    assert "tel:" not in html and "zalo.me" not in html


def test_settings_are_editable_in_the_admin(admin_client):
    site = Site.objects.get(is_default_site=True)
    response = admin_client.get(
        reverse("wagtailsettings:edit", args=["portal", "communesettings", site.pk])
    )
    assert response.status_code == 200
    assert "hotline" in response.content.decode().lower()


def run_production_settings(env: dict, then: str = "print('ok')") -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL")
        and not k.startswith("PAGE_CACHE")
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="portal.settings.production")
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", f"import django; django.setup(); {then}"],
        cwd=django_settings.BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_settings_fail_fast_without_required_variables(missing):
    env = {
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "portal.example",
        "DATABASE_URL": "sqlite:///tmp/x.sqlite3",
    }
    del env[missing]
    result = run_production_settings(env)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_settings_load_with_all_variables():
    env = {
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "portal.example",
        "DATABASE_URL": "sqlite:///tmp/x.sqlite3",
    }
    result = run_production_settings(env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_production_refuses_the_old_proxy_count():
    # TRUSTED_PROXY_COUNT let anyone reaching the app port choose their address.
    env = {
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "portal.example",
        "DATABASE_URL": "sqlite:///tmp/x.sqlite3",
        "TRUSTED_PROXY_COUNT": "1",
    }
    result = run_production_settings(env)
    assert result.returncode != 0 and "TRUSTED_PROXIES" in result.stderr


def test_sqlite_takes_concurrent_writers_in_turn():
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_expired_form_gets_a_vietnamese_explanation(lesson):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("learners:complete_lesson", args=[lesson.pk]))
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="vi">' in html and "Biểu mẫu đã hết hạn" in html


def test_oversized_request_gets_a_vietnamese_page(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = client.post(reverse("learners:sign_in"), {"code": "y" * 5000, "pin": "1"})
    assert response.status_code == 400
    assert "Không đọc được yêu cầu" in response.content.decode()


def test_health_check_fails_when_the_cache_is_down(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1},
        },
    }
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response["Retry-After"]
    assert response.content.decode().strip() == "unavailable"


def test_health_check_is_ok_with_database_and_cache(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200 and response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]


def test_production_keeps_pages_only_in_a_cache_every_worker_shares():
    """Without Redis each worker process would keep its own pages, and a purge made by one
    would not reach the others: production keeps none then."""
    env = {
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "portal.example",
        "DATABASE_URL": "sqlite:///tmp/x.sqlite3",
    }
    then = "from django.conf import settings; print(settings.PAGE_CACHE_ENABLED)"
    alone = run_production_settings(env, then)
    shared = run_production_settings({**env, "REDIS_URL": "redis://127.0.0.1:6379/4"}, then)
    assert (alone.stdout.strip(), shared.stdout.strip()) == ("False", "True"), alone.stderr
