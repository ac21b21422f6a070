"""Quizzes: questions as StreamField blocks under a topic, scored by ``scoring``."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponseNotAllowed, JsonResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, Revision
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.i18n import PAGE_TRANSLATABLE_FIELDS, in_active_locale
from core.images import QUIZ_IMAGE_SPECS, prefetch_renditions
from core.pagecache import CachedPageMixin, image_tags
from core.routing import KnownRestrictionsMixin, KnownRestrictionsPageManager
from core.slugs import AsciiSlugMixin
from skills.blocks import skills_by_id
from skills.models import Skill

from .blocks import Choice, QuestionStreamBlock
from .scoring import Key, needed_to_pass
from .submission import HOOK as submission_hook
from .submission import InvalidSubmission, new_form_token, read_submission


@dataclass
class ShownQuestion:
    """A question as shown in one attempt: its block, its choices in the order shown."""

    number: int
    block: object  # the StreamField child (``.id``, ``.block``, ``.value``)
    choices: list[Choice]
    selected: tuple = ()  # choice ids the learner had picked (when a form comes back)
    flag_note: str = ""  # the form came back with this question to fix: why, in words

    @property
    def flagged(self) -> bool:
        return bool(self.flag_note)

    @property
    def id(self) -> str:
        return self.block.id

    @property
    def value(self):
        return self.block.value


@dataclass(frozen=True)
class ReviewedChoice:
    """A choice named on a result: picked by the learner, right, or both."""

    choice: Choice
    position: int  # 1, 2, … in the order the form showed the choices
    picked: bool
    right: bool

    @property
    def name(self) -> str:
        """How the result names it: its words, or “Hình 2: <what the picture shows>”."""
        if self.choice.image is None:
            return self.choice.label
        picture = _("Picture %(number)s") % {"number": self.position}
        return f"{picture}: {self.choice.label}" if self.choice.label else picture

    @property
    def feedback(self) -> str:
        return self.choice.feedback


@dataclass
class ReviewedQuestion:
    """A question of a result: what was picked and what was right, with the feedback."""

    question: ShownQuestion
    ok: bool
    listed: list[ReviewedChoice]  # the choices picked or right, in the order shown
    skill: Skill | None

    @property
    def picked(self) -> list[ReviewedChoice]:
        return [choice for choice in self.listed if choice.picked]

    @property
    def right(self) -> list[ReviewedChoice]:
        return [choice for choice in self.listed if choice.right]


class QuizPage(CachedPageMixin, KnownRestrictionsMixin, AsciiSlugMixin, RoutablePageMixin, Page):
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

    objects = KnownRestrictionsPageManager()

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
        return self.questions.stream_block.answer_key(self.questions.raw_data)

    @property
    def needed_to_pass(self) -> int:
        """Right answers needed to pass, said to learners as a count, not a percentage."""
        return needed_to_pass(len(self.key), self.pass_mark)

    def key_at_revision(self, revision_id: int) -> tuple[dict[str, Key], int] | None:
        """The scoring key and pass mark of one of this quiz's revisions (None if not one).

        A revision never changes, so this is kept in the cache: scoring a form costs no query
        for the revision it was taken on.
        """
        cache_key = f"quizzes:key:{self.pk}:{revision_id}"
        found = cache.get(cache_key)
        if found is None:
            taken_on = self.at_revision(revision_id)
            if taken_on is None:
                return None
            found = (taken_on.key, taken_on.pass_mark)
            cache.set(cache_key, found, timeout=None)
        return found

    def at_revision(self, revision_id: int) -> QuizPage | None:
        """This quiz as it was at one of its revisions (what an attempt was taken on)."""
        revision = Revision.page_revisions.filter(pk=revision_id, object_id=str(self.pk)).first()
        return revision.as_object() if revision else None

    # The form ------------------------------------------------------------------------------

    def questions_in_order(
        self, order: list[dict], answers=None, invalid: InvalidSubmission | None = None
    ) -> list:
        """The questions in the order one form showed them, with that form's choice order.

        With ``invalid`` (the form sent back), its flagged questions say what to correct.
        """
        flagged = invalid.question_ids if invalid else ()
        blocks = {block.id: block for block in self.questions}
        shown = []
        for number, item in enumerate(order, start=1):
            block = blocks.get(item["q"])
            if block is None:
                continue
            shown.append(
                ShownQuestion(
                    number,
                    block,
                    block.value.choices_in(item["c"]),
                    tuple((answers or {}).get(block.id, ())),
                    invalid.flag_note(number) if block.id in flagged else "",
                )
            )
        return shown

    def review(self, order: list[dict], results: list[dict]) -> list[ReviewedQuestion]:
        """A recorded attempt's answers against this revision's questions, for its result page."""
        shown = {question.id: question for question in self.questions_in_order(order)}
        skills = self.skills_by_id()
        rows = []
        for record in results:
            question = shown.get(record["q"])
            if question is None:  # removed since: the score stands, the question is not shown
                continue
            picked, right = set(record["chosen"]), set(record["correct"])
            listed = [
                ReviewedChoice(choice, position, choice.id in picked, choice.id in right)
                for position, choice in enumerate(question.choices, start=1)
                if choice.id in picked or choice.id in right
            ]
            rows.append(
                ReviewedQuestion(question, record["ok"], listed, skills.get(record.get("skill")))
            )
        return rows

    def images(self) -> list:
        return [image for block in self.questions for image in block.value.images()]

    def skills_by_id(self) -> dict[int, Skill]:
        """The skills this quiz tests, by id, as the active language names them."""
        ids = {key.skill_id for key in self.key.values() if key.skill_id}
        skills = sorted(skills_by_id(ids).values(), key=lambda skill: skill.code)
        return dict(zip([skill.pk for skill in skills], in_active_locale(skills), strict=True))

    def skills(self) -> list[Skill]:
        return list(self.skills_by_id().values())

    def form_context(self, invalid: InvalidSubmission | None = None) -> dict:
        """A form to fill in: a fresh one, or the one sent back with the learner's answers."""
        order, token = (invalid.order, invalid.token) if invalid else (None, "")
        if order is None or not token:
            token, order = new_form_token(self)
        answers = invalid.answers if invalid else None
        prefetch_renditions(self.images(), QUIZ_IMAGE_SPECS)
        questions = self.questions_in_order(order, answers, invalid)
        return {
            "questions": questions,
            "flagged_questions": [question for question in questions if question.flagged],
            "form_token": token,
            "form_order": order,
            "error": invalid.message if invalid else "",
        }

    @property
    def cache_variants(self) -> int:
        """A quiz that shuffles is kept in a few orders, one picked for each visitor."""
        return 4 if self.shuffle else 1

    def cache_tags(self, context: dict) -> set[str]:
        tags = {f"skill:{skill.translation_key}" for skill in context.get("skills", ())}
        return tags | image_tags(self.images())

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The form carries a single-use token: a shared cache must never hand one copy of it
        # to many people. The phone's own browser may keep it (its Back button).
        patch_cache_control(response, private=True)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.form_context(kwargs.get("invalid")))
        context.update({"skills": self.skills(), "topic": self.get_parent()})
        return context

    @path("nop-bai/", name="submit")
    def submit(self, request):
        """The form's answers: scored here, then announced to whoever keeps records.

        Each ``quiz_submitted`` hook gets ``(request, submission)`` and may answer the request
        (the learners app records the attempt and shows its result). A hook that refuses the
        submission raises ``InvalidSubmission`` like the checks do: the form comes back.
        """
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        queued = request.headers.get("X-Queued") == "1"
        try:
            submission = read_submission(
                self, request.POST, int(request.META.get("CONTENT_LENGTH") or 0)
            )
            for announce in hooks.get_hooks(submission_hook):
                response = announce(request, submission)
                if response is not None:
                    break
            else:
                response = self.render(request, context_overrides={"result": submission.result})
        except InvalidSubmission as invalid:
            if queued:
                response = JsonResponse({"status": "refused", "reason": str(invalid.message)})
            else:
                response = self.render(request, context_overrides={}, invalid=invalid)
            response.status_code = 400
        else:
            if queued and response.status_code in (301, 302, 303):
                # Sent by the phone's script (from its offline queue): where the result is.
                response = JsonResponse({"status": "recorded", "url": response["Location"]})
        add_never_cache_headers(response)
        return response
