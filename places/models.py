"""The commune's villages (thôn, tổ dân phố) with their official counts.

Low in the layers so that a learner's profile can name its village without learners knowing
anything of the campaign.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.search import fold


class Commune(models.Model):
    """A commune (xã, phường) of a province's portal.

    One deployment serves one commune, and then no commune is recorded (``Village.commune``
    stays empty). A province's portal groups its villages by commune, so that one commune's
    dashboard and report count that commune's villages only.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Village(models.Model):
    """A thôn or tổ dân phố of the commune; its counts are the denominators of the targets."""

    class Kind(models.TextChoices):
        THON = "thon", _("village (thôn)")
        TO_DAN_PHO = "to_dan_pho", _("residential group (tổ dân phố)")

    name = models.CharField(
        _("name"), max_length=100, unique=True, help_text=_("e.g. “Thôn Đông”.")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.THON)
    households = models.PositiveIntegerField(
        _("households"), help_text=_("The official number of households.")
    )
    residents_15_plus = models.PositiveIntegerField(
        _("residents aged 15 and over"), help_text=_("The official number.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    # Empty in a one-commune deployment; a province's portal names each village's commune.
    commune = models.ForeignKey(
        Commune,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="villages",
        verbose_name=_("commune"),
    )

    class Meta:
        verbose_name = _("village")
        verbose_name_plural = _("villages")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    @staticmethod
    def folded(name: str) -> str:
        """A name as people type it, for matching: “thon dong” finds “Thôn Đông”."""
        return fold(name)
