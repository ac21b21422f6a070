"""Restore a backup made by ``backup_portal`` into the configured database (``make restore``).

Refuses a database that already has tables unless ``--force`` (``FORCE=1``): then every table
of the configured database is dropped first, so what is left is exactly the backup. Checks the
files against the manifest before touching anything, and the records after: every count in the
manifest must be back.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import tarfile
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.loader import MigrationLoader

from .backup_portal import (
    FORMAT,
    MANIFEST,
    PROGRESS_EVERY,
    local_media_root,
    postgres_env,
    record_counts,
    sha256,
    tool,
    vendor,
)


def read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    if not path.is_file():
        raise CommandError(f"{folder} is not a backup: it has no {MANIFEST}.")
    manifest = json.loads(path.read_text())
    if manifest.get("format") != FORMAT:
        raise CommandError(f"{path}: format {manifest.get('format')}, this portal reads {FORMAT}.")
    return manifest


def described(db: dict) -> str:
    if db["ENGINE"].endswith("sqlite3"):
        return f"SQLite file {db['NAME']}"
    return f"PostgreSQL database {db['NAME']} on {db.get('HOST') or 'localhost'}"


class Command(BaseCommand):
    help = "Restore a backup folder into the configured database and MEDIA_ROOT (make restore)."

    def add_arguments(self, parser):
        parser.add_argument("backup", help="The backup's folder, e.g. backups/20260301T020000Z")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Overwrite a database that is not empty (its tables are dropped first).",
        )
        parser.add_argument("--no-media", action="store_true", help="The database only.")

    def step(self, message: str) -> None:
        self.stdout.write(message)
        self.stdout.flush()

    def handle(self, *args, backup: str, force: bool, no_media: bool, **options) -> None:
        began = time.monotonic()
        folder = Path(backup)
        manifest = read_manifest(folder)
        kind = vendor()
        connection = connections[DEFAULT_DB_ALIAS]
        db = connection.settings_dict
        if manifest["vendor"] != kind:
            raise CommandError(
                f"This backup is of a {manifest['vendor']} database; the portal is configured "
                f"for {kind} ({described(db)})."
            )
        self.step(f"Checking the files of {folder} …")
        for name, digest in manifest["sha256"].items():
            if not (folder / name).is_file():
                raise CommandError(f"{folder / name} is missing.")
            if sha256(folder / name) != digest:
                raise CommandError(f"{folder / name} is damaged (its SHA-256 differs).")

        tables = connection.introspection.table_names()
        if tables and not force:
            raise CommandError(
                f"The {described(db)} is not empty ({len(tables)} tables). Restoring would "
                "replace everything in it. Restore into a new, empty database, or run again with "
                f"FORCE=1 (make restore BACKUP={backup} FORCE=1) or --force to overwrite it."
            )
        if tables:
            self.step(
                f"Database: {described(db)} has {len(tables)} tables; replacing them (--force)"
            )

        self.step(f"Database: restoring {manifest['database']} into the {described(db)} …")
        step_began = time.monotonic()
        if kind == "postgresql":
            self.restore_postgres(folder / manifest["database"], db, tables)
        else:
            self.restore_sqlite(folder / manifest["database"], db)
        self.step(f"  done in {time.monotonic() - step_began:.1f} s")

        root = local_media_root()
        if manifest.get("media") and not no_media:
            if root is None:
                self.step(
                    "Media: the portal keeps media on S3-like storage; copy the files of "
                    f"{folder / manifest['media']} there with the storage's own tools"
                )
            else:
                self.extract_media(folder / manifest["media"], root, manifest["media_files"])

        connections.close_all()
        counts = record_counts()
        missing = {
            label: (expected, counts.get(label))
            for label, expected in manifest["counts"].items()
            if counts.get(label) != expected
        }
        if missing:
            raise CommandError(f"Restored, but these counts differ from the backup's: {missing}")
        summary = ", ".join(f"{n} {label.split('.')[1]}" for label, n in counts.items())
        self.step(f"Records: {summary} (as in the backup)")
        self.empty_caches()
        self.warn_about_migrations(manifest.get("migrations", {}))
        self.stdout.write(
            self.style.SUCCESS(f"Restore done in {time.monotonic() - began:.1f} s from {folder}")
        )

    def restore_postgres(self, dump: Path, db: dict, tables: list[str]) -> None:
        connection = connections[DEFAULT_DB_ALIAS]
        if tables:
            views = set(connection.introspection.table_names(include_views=True)) - set(tables)
            with connection.cursor() as cursor:
                quote = connection.ops.quote_name
                if views:
                    cursor.execute(f"DROP VIEW IF EXISTS {', '.join(map(quote, views))} CASCADE")
                cursor.execute(f"DROP TABLE IF EXISTS {', '.join(map(quote, tables))} CASCADE")
        connection.close()
        args, env = postgres_env(db)
        command = [
            tool("pg_restore"),
            *args,
            "--no-owner",
            "--no-privileges",
            # What the tables above do not take with them (the tallies' trigger functions) is
            # dropped before it is made again.
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={db['NAME']}",
            str(dump),
        ]
        result = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
        if result.returncode != 0:
            raise CommandError(f"pg_restore failed (nothing was restored): {result.stderr.strip()}")

    def restore_sqlite(self, copy: Path, db: dict) -> None:
        connections.close_all()
        target = Path(db["NAME"])
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        destination = sqlite3.connect(target)
        try:
            # Replaces every page of the target, whatever it held, in one step.
            source.backup(destination)
        finally:
            source.close()
            destination.close()

    def extract_media(self, archive_path: Path, root: Path, expected: int) -> None:
        self.step(f"Media: {archive_path.name} → {root} …")
        began = time.monotonic()
        root.mkdir(parents=True, exist_ok=True)
        count = 0
        with tarfile.open(archive_path, "r:gz") as archive:
            for member in archive:
                if not (member.isfile() or member.isdir()):
                    continue  # no links, devices or the like
                path = Path(member.name)
                if path.is_absolute() or ".." in path.parts:
                    raise CommandError(f"{archive_path}: refusing the path {member.name!r}.")
                if member.isdir():
                    (root / path).mkdir(parents=True, exist_ok=True)
                    continue
                (root / path).parent.mkdir(parents=True, exist_ok=True)
                source = archive.extractfile(member)
                with open(root / path, "wb") as target:
                    shutil.copyfileobj(source, target)
                count += 1
                if count % PROGRESS_EVERY == 0:
                    self.step(f"  {count}/{expected} files …")
        if count != expected:
            raise CommandError(f"{archive_path}: {count} files, the manifest says {expected}.")
        self.step(f"  {count} files in {time.monotonic() - began:.1f} s")

    def empty_caches(self) -> None:
        """What the cache holds describes the database as it was (scoring keys by revision id,
        pages, sessions): a restored database may reuse those ids for other things."""
        for alias in settings.CACHES:
            cache = caches[alias]
            if hasattr(cache, "delete_pattern"):  # Redis: only this portal's keys (its prefix)
                removed = cache.delete_pattern("*")
                self.step(f"Cache {alias!r}: {removed} keys removed")
            else:
                cache.clear()
                self.step(f"Cache {alias!r}: emptied")

    def warn_about_migrations(self, backed_up: dict[str, str]) -> None:
        loader = MigrationLoader(connections[DEFAULT_DB_ALIAS])
        newer = sorted(
            app
            for app, name in loader.graph.leaf_nodes()
            if backed_up.get(app) and (app, backed_up[app]) != (app, name)
        )
        if newer:
            self.stdout.write(
                self.style.WARNING(
                    "This code's migrations differ from the backup's for "
                    f"{', '.join(newer)}: run `manage.py migrate` before serving."
                )
            )
