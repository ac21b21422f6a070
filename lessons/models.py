"""Topics and lessons: the pages citizens read and trainers print."""

from __future__ import annotations

from datetime import date, timedelta

from django import forms
from django.db import models
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page, PageManager
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.http import PrivateWhenRestrictedMixin
from core.i18n import PAGE_TRANSLATABLE_FIELDS, default_locale_only, in_active_locale
from core.images import CARD_IMAGE_SPECS, PRINT_IMAGE_SPECS, STEP_IMAGE_SPECS, prefetch_renditions
from core.pagecache import CachedPageMixin, image_tags
from core.routing import (
    KnownRestrictionsMixin,
    KnownRestrictionsPageManager,
    KnownRestrictionsQuerySet,
)
from core.search import FoldedSearchMixin, fold
from core.slugs import AsciiSlugMixin

from .blocks import LessonStreamBlock, SourcesStreamBlock
from .handout import handout
from .videos import first_video, mark_videos


class Audience(models.TextChoices):
    ELDERLY = "elderly", _("Older people")
    TRADERS = "traders", _("Traders and shopkeepers")
    FARMERS = "farmers", _("Farmers")
    WORKERS = "workers", _("Workers")
    STUDENTS = "students", _("Pupils and students")
    OFFICIALS = "officials", _("Officials and civil servants")
    DISABILITIES = "disabilities", _("People with disabilities")


class AudienceField(models.JSONField):
    """A list of ``Audience`` codes, edited as checkboxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name,
            choices=Audience.choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            help_text=self.help_text,
        )


class TopicPage(
    CachedPageMixin,
    KnownRestrictionsMixin,
    PrivateWhenRestrictedMixin,
    AsciiSlugMixin,
    FoldedSearchMixin,
    RoutablePageMixin,
    Page,
):
    """A subject (e.g. VNeID) with its lessons in order and, later, its quiz."""

    intro = models.TextField(
        _("introduction"), max_length=500, help_text=_("Two or three sentences: who it is for.")
    )
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = KnownRestrictionsPageManager()
    # Read with the page when it is routed (core.routing).
    route_select_related = ("image",)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["lessons.LessonPage", "quizzes.QuizPage"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("image"),
        HelpPanel(
            content=_(
                "Lessons are the pages under this topic, shown in the order of the page tree. "
                "Drag them in the page listing to reorder."
            )
        ),
    ]
    api_fields = [APIField("intro"), APIField("image")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        SynchronizedField("image"),
    ]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def search_summary(self) -> str:
        return self.intro

    def search_body(self) -> str:
        return self.intro

    def search_text(self) -> str:
        return fold(f"{self.title} {self.intro}")

    def lessons(self, also=()):
        """Live lessons of this topic, in page-tree order, with what their cards show (the
        card pictures of ``also`` fetched in the same query)."""
        lessons = list(
            LessonPage.objects.child_of(self).live().public().select_related("hero_image", "level")
        )
        prefetch_renditions([*also, *(lesson.hero_image for lesson in lessons)], CARD_IMAGE_SPECS)
        levels = in_active_locale(lesson.level for lesson in lessons if lesson.level)
        by_key = {level.translation_key: level for level in levels}
        for lesson in lessons:
            lesson.level_label = by_key.get(lesson.level.translation_key) if lesson.level else None
        mark_videos(lessons)
        return lessons

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = self.lessons(also=[self.image])
        return context

    @path("in/", name="print")
    def print_view(self, request):
        """All lessons of the topic in one document, one lesson per page, for a trainer's visit."""
        lessons = self.lessons()
        # Every lesson's pictures in one query, not one per lesson.
        prefetch_renditions(
            [image for lesson in lessons for image in lesson.body_images()], PRINT_IMAGE_SPECS
        )
        lessons = [lesson.print_context(prefetch=False) for lesson in lessons]
        return TemplateResponse(
            request,
            "lessons/topic_page_print.html",
            {"page": self, "self": self, "lessons": lessons},
        )

    def cache_tags(self, context: dict) -> set[str]:
        """Its lessons (and quiz) listed with their pictures and levels; on the handout, every
        lesson's pictures."""
        tags = {f"tree:{self.path}"} | image_tags([self.image])
        for item in context.get("lessons", ()):
            lesson = item["lesson"] if isinstance(item, dict) else item
            tags |= image_tags([lesson.hero_image, *lesson.body_images()])
            if lesson.level_id:
                tags.add(f"level:{lesson.level.translation_key}")
        return tags


# A lesson whose facts were last checked longer ago than this goes on the re-check report.
RECHECK_AFTER = timedelta(days=183)


def recheck_reason(last_checked: date | None, app_changed: bool, today: date) -> str:
    """Why a lesson must be checked again against the app and the rules ("" if it need not)."""
    if app_changed:
        return str(_("The app has changed its screens"))
    if last_checked is None:
        return str(_("Never checked"))
    if today - last_checked > RECHECK_AFTER:
        return str(_("Not checked for more than 6 months"))
    return ""


class LessonPageQuerySet(KnownRestrictionsQuerySet):
    def to_recheck(self, today: date):
        """Lessons whose app changed, never checked, or checked more than six months ago."""
        return self.filter(
            models.Q(app_changed=True)
            | models.Q(last_checked__isnull=True)
            | models.Q(last_checked__lt=today - RECHECK_AFTER)
        )


class LessonPageTag(TaggedItemBase):
    content_object = ParentalKey("lessons.LessonPage", related_name="tagged_items")


class LessonPage(
    CachedPageMixin,
    KnownRestrictionsMixin,
    PrivateWhenRestrictedMixin,
    AsciiSlugMixin,
    FoldedSearchMixin,
    RoutablePageMixin,
    Page,
):
    """A short illustrated lesson: numbered steps with pictures, callouts, video."""

    summary = models.CharField(
        _("summary"),
        max_length=250,
        help_text=_("One sentence: what the reader will be able to do."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=5,
        help_text=_("How long the lesson takes to read and try."),
    )
    level = models.ForeignKey(
        "skills.Level",
        verbose_name=_("level"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=default_locale_only,
    )
    skills = ParentalManyToManyField(
        "skills.Skill",
        verbose_name=_("skills taught"),
        blank=True,
        related_name="lessons",
        limit_choices_to=default_locale_only,
    )
    audiences = AudienceField(_("who it is for"), default=list, blank=True)
    tags = ClusterTaggableManager(through=LessonPageTag, blank=True, verbose_name=_("tags"))
    hero_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on the lesson's card and at the top of the lesson."),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"), blank=True)
    related_lessons = ParentalManyToManyField(
        "lessons.LessonPage",
        verbose_name=_("related lessons"),
        blank=True,
        related_name="+",
        help_text=_("Shown at the end. Without a choice, the next lessons of the topic are shown."),
    )
    sources = StreamField(
        SourcesStreamBlock(),
        verbose_name=_("sources"),
        default=list,
        help_text=_("The official pages or articles the lesson's facts rest on. Shown as “Nguồn”."),
    )
    last_checked = models.DateField(
        _("last checked"),
        null=True,
        blank=True,
        help_text=_(
            "The day you last went through the lesson on a phone, against the app and the "
            "rules. Shown as “Kiểm tra lần cuối”."
        ),
    )
    app_changed = models.BooleanField(
        _("the app has changed its screens"),
        default=False,
        help_text=_(
            "Tick when the app's menus or screens no longer look like the lesson: it goes on the "
            "report of lessons to check again. Untick once the lesson is corrected."
        ),
    )

    objects = PageManager.from_queryset(LessonPageQuerySet)()
    # Read with the page when it is routed (core.routing).
    route_select_related = ("hero_image", "level")

    parent_page_types = ["lessons.TopicPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    classification_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("level")]),
                FieldPanel("skills", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences"),
                FieldPanel("tags"),
            ],
            heading=_("Skills and audience"),
            help_text=_("Every lesson names the framework skills it teaches."),
        ),
        FieldPanel("related_lessons"),
    ]
    facts_panels = [
        HelpPanel(
            content=_(
                "Citizens act on these lessons word for word. Name where each fact comes from, "
                "and check the lesson on a phone at least every six months: lessons not checked "
                "for six months, or whose app has changed, are listed under Reports → "
                "“Lessons to check again”."
            )
        ),
        FieldPanel("sources"),
        FieldRowPanel([FieldPanel("last_checked"), FieldPanel("app_changed")]),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(classification_panels, heading=_("Skills and audience")),
            ObjectList(facts_panels, heading=_("Sources and checks")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    api_fields = [
        APIField("summary"),
        APIField("duration_minutes"),
        APIField("level"),
        APIField("skills"),
        APIField("audiences"),
        APIField("tags"),
        APIField("hero_image"),
        APIField("body"),
        APIField("sources"),
        APIField("last_checked"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("duration_minutes"),
        SynchronizedField("level"),
        SynchronizedField("skills"),
        SynchronizedField("audiences"),
        SynchronizedField("tags"),
        SynchronizedField("hero_image"),
        SynchronizedField("related_lessons"),
        # Sources are cited as published; the checks are about the same facts in every language.
        SynchronizedField("sources"),
        SynchronizedField("last_checked"),
        SynchronizedField("app_changed"),
    ]

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    # Search ---------------------------------------------------------------------------------

    def body_text(self) -> str:
        """The readable words of the body, for search, as each block itself says them."""
        words = self.body.stream_block.get_searchable_content(self.body)
        return " ".join(strip_tags(str(text)) for text in words)

    def search_summary(self) -> str:
        return self.summary

    def search_body(self) -> str:
        return self.body_text()

    def search_text(self) -> str:
        skills = " ".join(skill.name for skill in self.skills.all())
        tags = " ".join(tag.name for tag in self.tags.all())
        return fold(f"{self.title} {self.summary} {tags} {skills} {self.body_text()}")

    # Rendering ------------------------------------------------------------------------------

    @cached_property
    def body_items(self) -> list[tuple]:
        """Body blocks with the step number beside each step (steps are numbered 1, 2, 3...)."""
        items, number = [], 0
        for block in self.body:
            if block.block_type == "step":
                number += 1
                items.append((block, number))
            else:
                items.append((block, None))
        return items

    @property
    def step_count(self) -> int:
        return sum(1 for _block, number in self.body_items if number)

    def body_images(self) -> list:
        images = []
        for block in self.body:
            if block.block_type in ("step", "figure"):
                images.append(block.value.get("image"))
            elif block.block_type in ("video", "external_video"):
                images.append(block.value.get("poster"))
        return [image for image in images if image is not None]

    def related(self) -> list[LessonPage]:
        """The chosen related lessons in this locale, else the next lessons of the topic.

        One query: the chosen lessons' translations in this locale and the first two other
        lessons of the topic, each row saying which chosen lesson it translates.
        """
        chosen = LessonPage.related_lessons.through.objects.filter(from_lessonpage_id=self.pk)
        siblings = (
            LessonPage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .order_by("path")
            .values("pk")[:2]
        )
        rows = list(
            LessonPage.objects.live()
            .public()
            .filter(
                models.Q(
                    translation_key__in=chosen.values("to_lessonpage__translation_key"),
                    locale_id=self.locale_id,
                )
                | models.Q(pk__in=siblings)
            )
            .annotate(
                chosen_as=models.Subquery(
                    chosen.filter(
                        to_lessonpage__translation_key=models.OuterRef("translation_key")
                    ).values("to_lessonpage_id")[:1]
                ),
                any_chosen=models.Exists(chosen),
            )
            .select_related("hero_image")
            .order_by("path")
        )
        if rows and rows[0].any_chosen:
            related = sorted(
                (
                    row
                    for row in rows
                    if row.chosen_as is not None and row.locale_id == self.locale_id
                ),
                key=lambda row: row.chosen_as,
            )
        else:
            related = rows[:2]
        related = related[:3]
        mark_videos(related)
        return related

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related = self.related()
        # Every picture of the page in one query: the lesson's own and the related cards'.
        prefetch_renditions(
            [self.hero_image, *self.body_images(), *(lesson.hero_image for lesson in related)],
            STEP_IMAGE_SPECS + CARD_IMAGE_SPECS,
        )
        context.update(
            {
                "body_items": self.body_items,
                "skills": in_active_locale(self.skills.all()),
                "level": in_active_locale([self.level])[0] if self.level else None,
                "related": related,
                "topic": self.get_parent(),
                "video": first_video(self.body),
            }
        )
        return context

    def print_context(self, prefetch: bool = True) -> dict:
        """What the printed handout shows (its pictures' renditions fetched unless done)."""
        if prefetch:
            prefetch_renditions(self.body_images(), PRINT_IMAGE_SPECS)
        videos = [block.value for block in self.body if block.block_type == "video"]
        return {"lesson": self, "handout": handout(self.body_items), "videos": videos}

    @path("in/", name="print")
    def print_view(self, request):
        """A one- or two-page A4 handout with a QR code back to the lesson."""
        context = {"page": self, "self": self, **self.print_context()}
        return TemplateResponse(request, "lessons/lesson_page_print.html", context)

    def cache_tags(self, context: dict) -> set[str]:
        """Its topic's other pages (the quiz link, the next lessons), the lessons it names,
        its skills, level and pictures."""
        tags = {f"tree:{self.path[: -self.steplen]}"}
        related = context.get("related", ())
        tags |= {f"path:{lesson.path}" for lesson in related}
        tags |= {f"skill:{skill.translation_key}" for skill in context.get("skills", ())}
        if context.get("level"):
            tags.add(f"level:{context['level'].translation_key}")
        return tags | image_tags(
            [self.hero_image, *self.body_images(), *(lesson.hero_image for lesson in related)]
        )
