"""``make backup`` and ``make restore``: the round trip brings back every record and page.

The source is the seeded test database (the demo: some 3,200 learners, their attempts and
certificates, 1,334 households and their visits) and the test media. ``backup_portal`` and
``restore_portal`` run as ``make`` runs them (``manage.py``, development settings, the
database and media from ``DATABASE_URL`` and ``MEDIA_ROOT``), into a database of the test's
own: a new file on SQLite, a new database on the same PostgreSQL server. Only reads touch the
test database (a page view may add an image rendition, as any view does); no test transaction
is involved, so the subprocesses see what is committed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

from tests.servers import database_url, test_database_url

CSRF_VALUE = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+"')
SNAPSHOT_MARK = "SNAPSHOT:"


# What must come back: run in a subprocess on the database it is pointed to --------------------


def snapshot() -> dict:
    """Every learner, attempt, certificate, household and visit (all their fields), the
    media each image needs, and three pages as a visitor gets them."""
    from django.core.files.storage import default_storage
    from django.test import Client
    from django.urls import reverse

    from community.models import Household, Member, Visit
    from learners.models import Certificate, Learner, QuestionOutcome, QuizAttempt
    from lessons.models import LessonPage
    from portal.models import PortalImage

    def rows(model) -> list[dict]:
        return list(model.objects.order_by("pk").values())

    records = {
        "learners": rows(Learner),
        "attempts": rows(QuizAttempt),
        "outcomes": rows(QuestionOutcome),
        "certificates": rows(Certificate),
        "households": rows(Household),
        "members": rows(Member),
        "visits": rows(Visit),
        "visit_members": list(
            Visit.present.through.objects.order_by("pk").values_list("visit", "member")
        ),
    }
    images = PortalImage.objects.order_by("pk")
    missing = [image.file.name for image in images if not default_storage.exists(image.file.name)]
    lesson = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")
    certificate = (
        Certificate.objects.filter(revoked_at=None, withdrawn=False, learner__isnull=False)
        .order_by("pk")
        .first()
    )
    pages = {}
    client = Client()
    for url in ("/", lesson.url, reverse("learners:certificate_check", args=[certificate.code])):
        response = client.get(url)
        body = CSRF_VALUE.sub(r'\1"', response.content.decode())
        pages[url] = {"status": response.status_code, "body": body}
    return {
        "records": records,
        "images": images.count(),
        "missing_images": missing,
        "pages": pages,
    }


# The test ------------------------------------------------------------------------------------


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """``manage.py`` as ``make backup`` / ``make restore`` run it."""
    environment = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "MEDIA_ROOT")},
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "ALLOWED_HOSTS": "testserver",
        **env,
    }
    return subprocess.run(  # noqa: S603 (fixed arguments)
        [sys.executable, *args] if args[0] == "-c" else [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )


def snapshot_of(env: dict[str, str]) -> dict:
    code = (
        "import json, django; django.setup(); "
        "from tests.portal.test_backup_roundtrip import snapshot, SNAPSHOT_MARK; "
        "print(SNAPSHOT_MARK + json.dumps(snapshot(), default=str, sort_keys=True))"
    )
    result = manage(env, "-c", code)
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith(SNAPSHOT_MARK))
    return json.loads(line[len(SNAPSHOT_MARK) :])


@pytest.fixture
def empty_database(tmp_path) -> str:
    """A DATABASE_URL for a new, empty database of this test's own, dropped afterwards."""
    source = dict(connections["default"].settings_dict)
    if connections["default"].vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    import psycopg

    name = f"{source['NAME']}_restored"[:63]
    server = psycopg.connect(
        host=source.get("HOST") or None,
        port=source.get("PORT") or None,
        user=source.get("USER") or None,
        password=source.get("PASSWORD") or None,
        dbname="postgres",
        autocommit=True,
    )
    quoted = '"' + name.replace('"', '""') + '"'
    try:
        server.execute(f"DROP DATABASE IF EXISTS {quoted}")
        server.execute(f"CREATE DATABASE {quoted}")
        yield database_url({**source, "NAME": name})
        server.execute(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")
    finally:
        server.close()


def test_a_backup_restored_into_an_empty_database_brings_everything_back(
    demo_site, tmp_path, empty_database
):
    source = {"DATABASE_URL": test_database_url(), "MEDIA_ROOT": str(settings.MEDIA_ROOT)}
    before = snapshot_of(source)
    records = before["records"]
    for kind in ("learners", "attempts", "certificates", "households", "visits"):
        assert records[kind], f"the demo has no {kind} to back up"
    assert before["missing_images"] == [] and before["images"] > 0
    assert [page["status"] for page in before["pages"].values()] == [200, 200, 200]

    made = manage(source, "backup_portal", "--output-dir", str(tmp_path / "backups"))
    assert made.returncode == 0, made.stderr
    (folder,) = (tmp_path / "backups").iterdir()
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["vendor"] == connections["default"].vendor
    assert manifest["counts"]["learners.Learner"] == len(records["learners"])
    assert manifest["counts"]["community.Visit"] == len(records["visits"])
    assert "Backup done" in made.stdout and "Media:" in made.stdout

    restored_media = tmp_path / "media"
    target = {"DATABASE_URL": empty_database, "MEDIA_ROOT": str(restored_media)}
    restored = manage(target, "restore_portal", str(folder))
    assert restored.returncode == 0, restored.stderr
    assert "(as in the backup)" in restored.stdout

    after = snapshot_of(target)
    assert after["records"] == records  # every row, every field, the same ids
    assert after["missing_images"] == [] and after["images"] == before["images"]
    for url, page in before["pages"].items():
        assert after["pages"][url] == page, url
    files = [path for path in restored_media.rglob("*") if path.is_file()]
    assert len(files) == manifest["media_files"] > 0
    # The uploaded originals, byte for byte (renditions may still be written by another test
    # process sharing the test media while the archive is made).
    originals = [
        path for path in files if path.relative_to(restored_media).parts[0] == "original_images"
    ]
    assert len(originals) >= before["images"]
    for path in originals:
        original = Path(settings.MEDIA_ROOT) / path.relative_to(restored_media)
        assert original.read_bytes() == path.read_bytes(), path

    # Now the database is in use: a second restore is refused and changes nothing …
    wiped = manage(
        target,
        "-c",
        "import django; django.setup(); from community.models import Household; "
        "Household.objects.all().delete()",
    )
    assert wiped.returncode == 0, wiped.stderr
    refused = manage(target, "restore_portal", str(folder))
    assert refused.returncode != 0
    assert "is not empty" in refused.stderr and "FORCE=1" in refused.stderr
    # … unless forced: then it is exactly the backup again.
    forced = manage(target, "restore_portal", str(folder), "--force")
    assert forced.returncode == 0, forced.stderr
    again = snapshot_of(target)
    assert again["records"] == records and again["pages"] == before["pages"]


def tables_in(env: dict[str, str]) -> int:
    code = (
        "import django; django.setup(); from django.db import connection; "
        "print(len(connection.introspection.table_names()))"
    )
    result = manage(env, "-c", code)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split()[-1])


def test_a_damaged_backup_is_refused_before_anything_is_touched(
    demo_site, tmp_path, empty_database
):
    source = {"DATABASE_URL": test_database_url(), "MEDIA_ROOT": str(settings.MEDIA_ROOT)}
    made = manage(source, "backup_portal", "--no-media", "--output-dir", str(tmp_path / "b"))
    assert made.returncode == 0, made.stderr
    (folder,) = (tmp_path / "b").iterdir()
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["media"] is None
    dump = folder / manifest["database"]
    dump.write_bytes(dump.read_bytes()[:-100])  # cut short
    target = {"DATABASE_URL": empty_database, "MEDIA_ROOT": str(tmp_path / "media")}
    refused = manage(target, "restore_portal", str(folder))
    assert refused.returncode != 0 and "is damaged" in refused.stderr
    assert tables_in(target) == 0
