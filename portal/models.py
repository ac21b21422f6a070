"""Site-wide models: the user, the image model and the commune's settings."""

from django.contrib.auth.models import AbstractUser
from django.core.cache import cache
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from core.memo import timeout as memo_timeout


class User(AbstractUser):
    """A staff account (editors, moderators, officers). Citizens never get one of these."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")


class PortalImage(AbstractImage):
    """The portal's image model, ours from the first migration so fields can be added later."""

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]

    def create_renditions(self, *filters):
        """Wagtail's, with the losers of a race replaced by the renditions that were kept.

        When two requests make the same renditions at once, Wagtail's ``bulk_create(...,
        ignore_conflicts=True)`` hands the losing request its own copies as if they had been
        saved: their files carry a random suffix (the name was taken), the database keeps the
        winner's, and the loser's names end up in pages, in Wagtail's rendition cache and in
        the offline list, so a phone saves one file and the page asks for the other. Here
        every newly made rendition is checked against the database (one query, only when
        renditions were made) and a loser's file is deleted.
        """
        made = super().create_renditions(*filters)
        fresh = {spec: r for spec, r in made.items() if r.pk is None}
        if not fresh:
            return made
        lookup = Q()
        for rendition in fresh.values():
            lookup |= Q(
                filter_spec=rendition.filter_spec, focal_point_key=rendition.focal_point_key
            )
        kept = {(r.filter_spec, r.focal_point_key): r for r in self.renditions.filter(lookup)}
        for spec, rendition in fresh.items():
            winner = kept.get((rendition.filter_spec, rendition.focal_point_key))
            if winner is None:
                continue
            if winner.file.name != rendition.file.name:
                rendition.file.delete(save=False)
            made[spec] = winner
        return made


class PortalRendition(AbstractRendition):
    """A resized, converted copy of a ``PortalImage``."""

    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_setting(icon="home")
class CommuneSettings(BaseSiteSetting):
    """The commune's contact details, shown in the footer and on every printout."""

    commune_name = models.CharField(
        _("commune name"),
        max_length=120,
        default="Xã Hòa Bình",
        help_text=_("As printed on handouts, e.g. “Xã Hòa Bình”."),
    )
    hotline = models.CharField(
        _("hotline"),
        max_length=30,
        blank=True,
        help_text=_("A phone number citizens can call for help with the lessons."),
    )
    support_address = models.CharField(
        _("support point address"),
        max_length=255,
        blank=True,
        help_text=_("Where citizens can come for help in person, with opening hours."),
    )
    zalo_group_url = models.URLField(
        _("village Zalo group link"),
        blank=True,
        help_text=_("The invitation link of the commune's official Zalo group."),
    )

    panels = [
        HelpPanel(
            content=_("These details appear at the bottom of every page and on every printout.")
        ),
        MultiFieldPanel(
            [FieldPanel("commune_name"), FieldPanel("hotline"), FieldPanel("support_address")],
            heading=_("Commune"),
        ),
        FieldPanel("zalo_group_url"),
    ]

    class Meta:
        verbose_name = _("commune settings")
        verbose_name_plural = _("commune settings")

    def __str__(self) -> str:
        return self.commune_name

    @classmethod
    def for_site(cls, site):
        """The site's settings from the cache (every page's footer shows them); a save or a
        delete forgets the copy (``portal.apps``)."""
        if site is None:
            return super().for_site(site)
        key = commune_settings_key(site.pk)
        found = cache.get(key)
        if found is None:
            found = super().for_site(site)
            cache.set(key, found, memo_timeout())
        return found


def commune_settings_key(site_id: int) -> str:
    return f"portal:commune-settings:{site_id}"


def forget_commune_settings(sender, instance, **kwargs) -> None:
    cache.delete(commune_settings_key(instance.site_id))
