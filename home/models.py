"""The landing page: topics, newest lessons, a search box."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from core.i18n import PAGE_TRANSLATABLE_FIELDS
from core.images import CARD_IMAGE_SPECS, prefetch_renditions
from core.pagecache import CachedPageMixin, image_tags
from core.routing import KnownRestrictionsMixin, KnownRestrictionsPageManager
from core.slugs import AsciiSlugMixin
from lessons.models import LessonPage, TopicPage
from lessons.videos import mark_videos

NEWEST_LESSONS = 6


class HomePage(CachedPageMixin, KnownRestrictionsMixin, AsciiSlugMixin, Page):
    """The portal's front page, one per language."""

    tagline = models.CharField(
        _("tagline"),
        max_length=200,
        help_text=_("One sentence under the site name, e.g. “Học kỹ năng số mỗi ngày”."),
    )
    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    objects = KnownRestrictionsPageManager()

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["lessons.TopicPage"]

    content_panels = [*Page.content_panels, FieldPanel("tagline"), FieldPanel("intro")]
    api_fields = [APIField("tagline"), APIField("intro")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("tagline"),
        TranslatableField("intro"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = list(TopicPage.objects.child_of(self).live().public().select_related("image"))
        newest = list(
            LessonPage.objects.descendant_of(self)
            .live()
            .public()
            .select_related("hero_image")
            .order_by("-first_published_at", "-pk")[:NEWEST_LESSONS]
        )
        prefetch_renditions(
            [topic.image for topic in topics] + [lesson.hero_image for lesson in newest],
            CARD_IMAGE_SPECS,
        )
        mark_videos(newest)
        context.update({"topics": topics, "newest_lessons": newest})
        return context

    def cache_tags(self, context: dict) -> set[str]:
        """Its topics, and the newest lessons of any of them, with their pictures."""
        topics, newest = context.get("topics", ()), context.get("newest_lessons", ())
        tags = {f"tree:{self.path}"} | {f"tree:{topic.path}" for topic in topics}
        return tags | image_tags(
            [*(topic.image for topic in topics), *(lesson.hero_image for lesson in newest)]
        )
