"""Quizzes: questions as StreamField blocks under a topic, scored by ``scoring``."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.core import signing
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, Revision
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.i18n import PAGE_TRANSLATABLE_FIELDS, in_active_locale
from core.images import STEP_IMAGE_SPECS, prefetch_renditions
from skills.models import Skill

from .blocks import QuestionStreamBlock
from .scoring import Key, answer_key, needed_to_pass, shown_order

FORM_SALT = "quizzes.form"
FORM_MAX_AGE = 60 * 60 * 24 * 7  # a week: a phone left open overnight can still submit


@dataclass
class ShownQuestion:
    """A question as shown in one attempt: its block and its choices in the shown order."""

    number: int
    block: object  # the StreamField child (``.id``, ``.block_type``, ``.value``)
    choices: list  # (choice id, choice value) pairs; for true/false, (“true”|“false”, label)
    selected: tuple = ()  # choice ids the learner had picked (when a form comes back)

    @property
    def id(self) -> str:
        return self.block.id

    @property
    def kind(self) -> str:
        return self.block.block_type

    @property
    def value(self):
        return self.block.value

    @property
    def multiple(self) -> bool:
        return self.kind == "multiple"


class QuizPage(Page):
    """A topic's quiz: intro, pass mark, and questions that each name the skill they test."""

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("What the quiz covers, and that it can be retried."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of questions to answer correctly to pass."),
    )
    shuffle = models.BooleanField(
        _("shuffle questions and answers"),
        default=True,
        help_text=_("Each attempt shows the questions and their choices in a new order."),
    )
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"))

    parent_page_types = ["lessons.TopicPage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("shuffle")])],
            heading=_("Scoring"),
        ),
        HelpPanel(
            content=_(
                "Every question names the framework skill it tests. A learner who passes shows "
                "a skill when they answered at least the pass mark of that skill's questions "
                "correctly. Results already recorded keep the version of the quiz they were "
                "taken on."
            )
        ),
        FieldPanel("questions"),
    ]
    api_fields = [APIField("intro"), APIField("pass_mark")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("questions"),
        SynchronizedField("pass_mark"),
        SynchronizedField("shuffle"),
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    # Scoring ----------------------------------------------------------------------------------

    @cached_property
    def key(self) -> dict[str, Key]:
        return answer_key(self.questions.raw_data)

    @property
    def needed_to_pass(self) -> int:
        """Right answers needed to pass, said to learners as a count, not a percentage."""
        return needed_to_pass(len(self.key), self.pass_mark)

    def at_revision(self, revision_id: int) -> QuizPage | None:
        """This quiz as it was at one of its revisions (what an attempt was taken on)."""
        revision = Revision.page_revisions.filter(pk=revision_id, object_id=str(self.pk)).first()
        return revision.as_object() if revision else None

    # The form ------------------------------------------------------------------------------

    def new_form_token(self) -> tuple[str, list[dict]]:
        """A signed token naming this quiz, its live revision and the order shown; one use."""
        nonce = secrets.token_urlsafe(16)
        order = shown_order(self.key, self.shuffle, seed=nonce)
        payload = {"p": self.pk, "r": self.live_revision_id, "o": order, "n": nonce}
        return signing.dumps(payload, salt=FORM_SALT, compress=True), order

    @staticmethod
    def read_form_token(token: str) -> dict:
        """The token's payload; raises ``signing.BadSignature`` (or its subclass) if tampered."""
        return signing.loads(token, salt=FORM_SALT, max_age=FORM_MAX_AGE)

    def questions_in_order(self, order: list[dict], answers=None) -> list[ShownQuestion]:
        blocks = {block.id: block for block in self.questions}
        shown = []
        for number, item in enumerate(order, start=1):
            block = blocks.get(item["q"])
            if block is None:
                continue
            if block.block_type == "true_false":
                choices = [("true", _("True")), ("false", _("False"))]
            else:
                by_id = {child.id: child.value for child in block.value["choices"].bound_blocks}
                choices = [(cid, by_id[cid]) for cid in item["c"] if cid in by_id]
            selected = tuple((answers or {}).get(block.id, ()))
            shown.append(ShownQuestion(number, block, choices, selected))
        return shown

    def images(self) -> list:
        images = []
        for block in self.questions:
            if block.block_type == "scenario":
                images.append(block.value.get("image"))
            if block.block_type == "picture":
                images.extend(choice.get("image") for choice in block.value["choices"])
        return [image for image in images if image is not None]

    def skills_by_id(self) -> dict[int, Skill]:
        """The skills this quiz tests, by id, as the active language names them."""
        ids = {key.skill_id for key in self.key.values() if key.skill_id}
        skills = list(Skill.objects.filter(pk__in=ids).order_by("code"))
        return dict(zip([skill.pk for skill in skills], in_active_locale(skills), strict=True))

    def skills(self) -> list[Skill]:
        return list(self.skills_by_id().values())

    def form_context(self, order: list[dict] | None = None, token: str = "", answers=None) -> dict:
        """A form to fill in: a fresh one, or the one sent back with the learner's answers."""
        if order is None or not token:
            token, order = self.new_form_token()
        prefetch_renditions(self.images(), STEP_IMAGE_SPECS)
        return {"questions": self.questions_in_order(order, answers), "form_token": token}

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The form carries a single-use token: a shared cache must never hand one copy of it
        # to many people. The phone's own browser may keep it (its Back button).
        patch_cache_control(response, private=True)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.form_context())
        context.update({"skills": self.skills(), "topic": self.get_parent()})
        return context
