"""Back up the database and the media into one timestamped folder (``make backup``).

PostgreSQL: ``pg_dump`` in its custom format (compressed, restored with ``pg_restore``, a
consistent snapshot taken while the portal keeps serving). SQLite: the online backup API,
consistent even while the portal writes. Media (``MEDIA_ROOT``): one ``media.tar.gz``. A
``manifest.json`` says what is there: the database's kind, the files and their SHA-256, the
last migration of each app, and the count of the records that matter (learners, attempts,
certificates, households, visits...), which ``restore_portal`` checks after a restore.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import time
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

MANIFEST = "manifest.json"
FORMAT = 1
POSTGRES_FILE = "database.dump"
SQLITE_FILE = "database.sqlite3"
MEDIA_FILE = "media.tar.gz"
# The records a restore must bring back, counted before and after.
COUNTED = [
    "learners.Learner",
    "learners.QuizAttempt",
    "learners.QuestionOutcome",
    "learners.LessonCompletion",
    "learners.Certificate",
    "community.Household",
    "community.Member",
    "community.Visit",
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "portal.User",
    "portal.PortalImage",
]
PROGRESS_EVERY = 500  # media files


def vendor(alias: str = DEFAULT_DB_ALIAS) -> str:
    name = connections[alias].vendor
    if name not in ("postgresql", "sqlite"):
        raise CommandError(f"Backups know PostgreSQL and SQLite, not {name}.")
    return name


def postgres_env(db: dict) -> tuple[list[str], dict[str, str]]:
    """Connection arguments for pg_dump / pg_restore, the password in the environment."""
    args = []
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", str(db["USER"])]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    sslmode = (db.get("OPTIONS") or {}).get("sslmode")
    if sslmode:
        env["PGSSLMODE"] = str(sslmode)
    return args, env


def tool(name: str) -> str:
    """pg_dump or pg_restore: ``PG_DUMP`` / ``PG_RESTORE`` if set, else from the PATH.

    Its major version must be at least the server's (Debian: ``postgresql-client-<version>``).
    """
    path = os.environ.get(name.upper(), "") or shutil.which(name)
    if not path:
        raise CommandError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_counts(alias: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    return {label: apps.get_model(label).objects.using(alias).count() for label in COUNTED}


def sqlite_counts(path: Path) -> tuple[dict[str, int], dict[str, str]]:
    """The counts and last migrations of a SQLite file (a backup copy)."""
    copy = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        counts = {
            label: copy.execute(
                f'SELECT COUNT(*) FROM "{apps.get_model(label)._meta.db_table}"'  # noqa: S608
            ).fetchone()[0]
            for label in COUNTED
        }
        migrations = dict(
            copy.execute(
                "SELECT app, MAX(name) FROM django_migrations GROUP BY app ORDER BY app"
            ).fetchall()
        )
    finally:
        copy.close()
    return counts, migrations


def applied_migrations(alias: str = DEFAULT_DB_ALIAS) -> dict[str, str]:
    """The last migration applied of each app."""
    last: dict[str, str] = {}
    for app, name in (
        MigrationRecorder(connections[alias]).migration_qs.order_by("app", "name")
    ).values_list("app", "name"):
        last[app] = name
    return last


def size(path: Path) -> str:
    value = float(path.stat().st_size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}" if unit != "B" else f"{int(value)} B"
        value /= 1024
    return ""


def local_media_root() -> Path | None:
    """MEDIA_ROOT when media are on this machine's disk; None on S3-like storage."""
    if isinstance(default_storage, FileSystemStorage):
        return Path(settings.MEDIA_ROOT)
    return None


class Command(BaseCommand):
    help = "Back up the database and the media into <output-dir>/<UTC time>/ (make backup)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=str(Path(settings.BASE_DIR) / "backups"),
            help="Where the timestamped folder is made (default: backups/ in the project).",
        )
        parser.add_argument("--no-media", action="store_true", help="The database only.")

    def step(self, message: str) -> None:
        self.stdout.write(message)
        self.stdout.flush()

    def handle(self, *args, output_dir: str, no_media: bool, **options) -> None:
        kind = vendor()
        started = timezone.now()
        stamp = started.strftime("%Y%m%dT%H%M%SZ")
        folder = Path(output_dir) / stamp
        if folder.exists():
            raise CommandError(f"{folder} already exists; wait a second and run again.")
        folder.mkdir(parents=True)
        self.step(f"Backing up to {folder}")
        try:
            manifest = self.back_up(folder, kind, no_media)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)  # never leave half a backup behind
            raise
        manifest["created"] = started.isoformat()
        manifest["seconds"] = round((timezone.now() - started).total_seconds(), 1)
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        counts = ", ".join(f"{n} {label.split('.')[1]}" for label, n in manifest["counts"].items())
        self.step(f"Records: {counts}")
        self.stdout.write(self.style.SUCCESS(f"Backup done in {manifest['seconds']} s: {folder}"))
        self.stdout.write(f"Restore it with: make restore BACKUP={folder}")

    def back_up(self, folder: Path, kind: str, no_media: bool) -> dict:
        connection = connections[DEFAULT_DB_ALIAS]
        db = connection.settings_dict
        began = time.monotonic()
        if kind == "postgresql":
            target = folder / POSTGRES_FILE
            self.step(f"Database: pg_dump of {db['NAME']} (custom format) …")
            # The counts and the dump read one snapshot: exactly the same records.
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    cursor.execute("SELECT pg_export_snapshot()")
                    snapshot = cursor.fetchone()[0]
                counts = record_counts()
                migrations = applied_migrations()
                args, env = postgres_env(db)
                command = [
                    tool("pg_dump"),
                    *args,
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--snapshot={snapshot}",
                    f"--file={target}",
                    str(db["NAME"]),
                ]
                result = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
            if result.returncode != 0:
                raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
        else:
            target = folder / SQLITE_FILE
            self.step(f"Database: SQLite online backup of {db['NAME']} …")
            connection.ensure_connection()
            destination = sqlite3.connect(target)
            try:
                with destination:
                    connection.connection.backup(
                        destination,
                        pages=1024,
                        sleep=0,
                        progress=lambda status, remaining, total: self.pages(remaining, total),
                    )
                # One self-contained file: no write-ahead log beside it.
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
            self.stdout.write("")
            # Counted in the copy itself: exactly the records it holds.
            counts, migrations = sqlite_counts(target)
        self.step(f"  {target.name}: {size(target)} in {time.monotonic() - began:.1f} s")
        files = {target.name: sha256(target)}

        media_files = 0
        root = local_media_root()
        if no_media:
            self.step("Media: left out (--no-media)")
        elif root is None:
            self.step(
                "Media: not on this machine's disk (S3-like storage): back them up with the "
                "storage's own versioning or copy (docs/deploy.md)"
            )
        else:
            media_files = self.archive_media(root, folder / MEDIA_FILE)
            files[MEDIA_FILE] = sha256(folder / MEDIA_FILE)
        return {
            "format": FORMAT,
            "vendor": kind,
            "database": target.name,
            "media": MEDIA_FILE if MEDIA_FILE in files else None,
            "media_files": media_files,
            "sha256": files,
            "migrations": migrations,
            "counts": counts,
        }

    def pages(self, remaining: int, total: int) -> None:
        if total:
            self.stdout.write(f"  {total - remaining}/{total} pages", ending="\r")

    def archive_media(self, root: Path, target: Path) -> int:
        self.step(f"Media: {root} → {target.name} …")
        began = time.monotonic()
        count = 0
        with tarfile.open(target, "w:gz", compresslevel=6) as archive:
            if root.is_dir():
                for path in sorted(root.rglob("*")):
                    if path.is_file() and not path.is_symlink():
                        archive.add(path, arcname=path.relative_to(root).as_posix())
                        count += 1
                        if count % PROGRESS_EVERY == 0:
                            self.step(f"  {count} files …")
        self.step(f"  {count} files, {size(target)} in {time.monotonic() - began:.1f} s")
        return count
