"""Build the demo portal: framework-tagged lessons with pictures, a video, translations."""

from django.core.management.base import BaseCommand

from demo.builder import DemoBuilder


class Command(BaseCommand):
    help = "Create the demo site (re-runnable: existing pages are kept unless --update)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--update", action="store_true", help="Rewrite existing demo pages from the code."
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when a home page already exists (used by make setup).",
        )

    def handle(self, *args, update: bool, if_empty: bool, **options) -> None:
        from home.models import HomePage

        if if_empty and HomePage.objects.exists():
            self.stdout.write("Demo content is already there; nothing to do.")
            return
        DemoBuilder(log=self.stdout.write, update=update).build()
