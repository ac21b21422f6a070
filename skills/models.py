"""The official digital-skills framework: areas, skills and proficiency levels.

Labels are data, not code: editors correct a wording in the admin without a deploy.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin

from core.memo import active_locale, translations_of


def framework_in_active_locale() -> list[tuple[SkillArea, list[Skill]]]:
    """The areas of the active language, each with its skills, by code (cached, no query)."""
    areas = translations_of(SkillArea).get(active_locale().pk, {})
    skills = [skill for table in translations_of(Skill).values() for skill in table.values()]
    return [
        (area, sorted((s for s in skills if s.area_id == area.pk), key=lambda s: s.code))
        for area in sorted(areas.values(), key=lambda area: area.code)
    ]


class SkillArea(TranslatableMixin, models.Model):
    """An area (domain) of the framework, e.g. “4 An toàn”."""

    code = models.CharField(_("code"), max_length=8, help_text=_("As in the framework, e.g. “4”."))
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("skill area")
        verbose_name_plural = _("skill areas")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_area_code_per_locale")
        ]

    def __str__(self) -> str:
        return f"{self.code}. {self.name}"


class Skill(TranslatableMixin, models.Model):
    """A competence with its framework code, e.g. “4.2 Bảo vệ dữ liệu cá nhân và quyền riêng tư”."""

    area = models.ForeignKey(
        SkillArea, on_delete=models.PROTECT, related_name="skills", verbose_name=_("area")
    )
    code = models.CharField(
        _("code"), max_length=8, help_text=_("As in the framework, e.g. “4.2”.")
    )
    name = models.CharField(_("name"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    required_for_basic = models.BooleanField(
        _("required for the basic certificate"),
        default=False,
        help_text=_(
            "A learner who has shown every required skill completes the universal basic level "
            "(“hoàn thành mức độ phổ cập kỹ năng số”)."
        ),
    )

    panels = [
        MultiFieldPanel([FieldPanel("area"), FieldPanel("code"), FieldPanel("name")], _("Skill")),
        FieldPanel("description"),
        FieldPanel("required_for_basic"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("skill")
        verbose_name_plural = _("skills")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_skill_code_per_locale")
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Level(TranslatableMixin, models.Model):
    """A proficiency step, e.g. “CB1” (Cơ bản, bậc 1)."""

    code = models.CharField(_("code"), max_length=8, help_text=_("E.g. “CB1”."))
    name = models.CharField(_("name"), max_length=100, help_text=_("E.g. “Cơ bản”."))
    step = models.PositiveSmallIntegerField(_("step"), help_text=_("1 to 8 in the framework."))

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("step")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("level")
        verbose_name_plural = _("levels")
        ordering = ["step"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_level_code_per_locale")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"
