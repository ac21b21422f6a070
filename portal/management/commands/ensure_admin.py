"""Create the first admin account with a generated password, printed once."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the 'admin' superuser with a random password (or give it a new one)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--reset", action="store_true", help="Give the account a new random password."
        )

    def handle(self, *args, username: str, reset: bool, **options) -> None:
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user and not reset:
            self.stdout.write(
                f"Admin account '{username}' already exists. "
                "For a new password run: make admin-password"
            )
            return
        password = secrets.token_urlsafe(12)
        if user is None:
            User.objects.create_superuser(username=username, email="", password=password)
            action = "Created"
        else:
            user.set_password(password)
            user.save(update_fields=["password"])
            action = "New password for"
        line = "=" * 60
        self.stdout.write(
            self.style.SUCCESS(
                f"{line}\n{action} admin account at /admin/\n"
                f"  username: {username}\n  password: {password}\n"
                f"Write it down: it is not stored anywhere in clear text.\n{line}"
            )
        )
