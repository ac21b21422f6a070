"""What every app shares and no domain owns."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel

from core.search import fold


class Counter(models.Model):
    """How many tries a key (a learner code, an address, a staff name) made in its window.

    Kept in the database so every worker process and every app server shares one count
    (see ``core.throttle``); rows expire with their window.
    """

    key = models.CharField(max_length=200, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "counter"

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"


class SearchSynonym(models.Model):
    """A word people type and the words the lessons use for it (“cccd” → “thẻ căn cước”).

    Search looks for the meanings as well as the term itself; accents and capitals do not
    matter on either side.
    """

    term = models.CharField(
        _("what people type"),
        max_length=60,
        unique=True,
        help_text=_(
            "A word or a few words, e.g. “cccd”, “qr code” or “bị treo”. Accents and capitals "
            "do not matter."
        ),
    )
    meaning = models.CharField(
        _("words the lessons use"),
        max_length=250,
        help_text=_(
            "What the term means in the lessons' own words, e.g. “thẻ căn cước”. Separate "
            "several with commas: “thẻ căn cước, căn cước công dân”."
        ),
    )

    panels = [
        HelpPanel(
            content=_(
                "When someone searches for the term, search also looks for what it means. "
                "Words written together, apart or with a hyphen (wifi, wi-fi, wi fi) already "
                "find each other, and a one-letter slip is corrected without a line here."
            )
        ),
        FieldPanel("term"),
        FieldPanel("meaning"),
    ]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["term"]

    def __str__(self) -> str:
        return f"{self.term} → {self.meaning}"

    def _other_terms(self) -> list[str]:
        return list(SearchSynonym.objects.exclude(pk=self.pk).values_list("term", flat=True))

    def clean(self) -> None:
        errors = {}
        if not fold(self.term):
            errors["term"] = _("Type at least one letter or digit.")
        elif any(fold(other) == fold(self.term) for other in self._other_terms()):
            errors["term"] = _("This term already has a line: add the meaning there.")
        if not any(fold(part) for part in self.meaning.split(",")):
            errors["meaning"] = _("Type at least one word.")
        if errors:
            raise ValidationError(errors)
