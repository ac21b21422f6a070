"""The demo commune's trainer and officer accounts, with generated passwords printed once."""

import secrets

from django.core.management.base import BaseCommand

from demo.community import ACCOUNTS, ensure_account


class Command(BaseCommand):
    help = (
        "Create the demo trainers' and officer's accounts (fixed usernames) and give each one "
        "without a password a random one, printed once (or new ones for all with --reset)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Give every campaign account a new password."
        )

    def handle(self, *args, reset: bool, **options) -> None:
        given = []
        for account in ACCOUNTS:
            user, _created = ensure_account(account)
            if user.has_usable_password() and not reset:
                continue
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.save(update_fields=["password"])
            given.append((account, password))
        if not given:
            self.stdout.write(
                "Campaign accounts already have passwords. For new ones run: "
                "manage.py ensure_campaign_accounts --reset"
            )
            return
        line = "=" * 60
        rows = []
        for account, password in given:
            where = (
                "officer, at /admin/"
                if account.officer
                else f"trainer of {', '.join(account.villages)}, at /to-cong-nghe-so/dang-nhap/"
            )
            rows.append(f"  {account.username:<16} {password}   ({where})")
        self.stdout.write(
            self.style.SUCCESS(
                f"{line}\nCampaign accounts (username, password):\n"
                + "\n".join(rows)
                + f"\nWrite them down: they are not stored anywhere in clear text.\n{line}"
            )
        )
